'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { validateConnection } from './validateConnection.js';

/** Options of `useValidateConnection`; they run after the hook has written the caches. */
export interface ValidateConnectionOptions {
  /** The check passed; `connection` is the connection as read right after it. */
  onSuccess?: (connection: Connection, ref: ConnectionRef) => void;
  /** The check failed (an Apideck error says why) or could not run. */
  onError?: (error: Error, ref: ConnectionRef) => void;
}

/**
 * "Test connection": asks Vault to check a connection's stored credentials (`POST …/validate`)
 * and resolves with the connection read after the check, which is written into the detail and
 * every cached list whether the check passed or failed (a failure can make it `invalid`).
 * Never retried, like every write.
 *
 * @example useValidateConnection({ onError: (error) => show(error.message) }).mutate({ unifiedApi: 'crm', serviceId: 'close' })
 */
export function useValidateConnection({ onSuccess, onError }: ValidateConnectionOptions = {}) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...vaultKeys(client).mutations(), 'validate-connection'],
    retry: false,
    mutationFn: (ref: ConnectionRef) => validateConnection(client, queryClient, ref),
    onSuccess: (connection, ref) => onSuccess?.(connection, ref),
    onError: (error, ref) => onError?.(error, ref),
  });
}
