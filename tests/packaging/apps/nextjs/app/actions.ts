'use server';
// A server action the client calls when Vault refuses the session (401): a real app creates a new
// session here with POST /vault/sessions (`createSession` from @integrations-kit/client/server).
import { mock } from './mockVault';

export async function refreshSession(): Promise<string> {
  return mock.token;
}
