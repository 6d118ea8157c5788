import type { VaultMock } from '@integrations-kit/mocks';
import { requestRealSession } from './requestRealSession.js';

/** How the playground talks to Vault: the real API through a session token, or the in-browser mock. */
export interface PlaygroundSession {
  mode: 'mock' | 'real';
  token: string;
  baseUrl: string;
  /** Real mode: the session server's Connector API proxy, so `/connector/*` sees the API key, not the session token. */
  connectorBaseUrl?: string;
  /** Fetches a fresh token when the current one expires (real mode only). */
  getToken?: () => Promise<string>;
}

async function refreshRealToken(): Promise<string> {
  const session = await requestRealSession();
  if (!session) throw new Error('The session server did not return a new session.');
  return session.token;
}

let started: Promise<PlaygroundSession> | undefined;

/**
 * Uses the real API when the session server answers (in `dev:real`), otherwise starts the mock Vault in a service
 * worker. The mock's OAuth links point at this app's `/mock-consent` page, since a popup's
 * navigation is not something a service worker mock can answer. Starts once per page load (React's
 * StrictMode runs effects twice in development; a second worker would hold a second mock).
 */
export function startSession(): Promise<PlaygroundSession> {
  started ??= start();
  return started;
}

async function start(): Promise<PlaygroundSession> {
  // Only `pnpm dev:real` (Vite mode `real`) has a session server to ask; elsewhere the question
  // would just be a 404 in the console.
  const real = import.meta.env.MODE === 'real' ? await requestRealSession() : undefined;
  if (real) {
    const { token, baseUrl, connectorBaseUrl } = real;
    return {
      mode: 'real',
      token,
      baseUrl,
      ...(connectorBaseUrl ? { connectorBaseUrl: new URL(connectorBaseUrl, window.location.origin).href } : {}),
      getToken: refreshRealToken,
    };
  }

  // Loaded only in mock mode: the mock and its fixtures never ship with a real-API session.
  const { consentPageUrl, startVaultWorker } = await import('@integrations-kit/mocks/browser');
  // `?connections=10000` tries the page at scale: the fixtures, then numbered copies.
  const count = Number(new URLSearchParams(window.location.search).get('connections'));
  const many = count > 0 ? { connections: (await import('@integrations-kit/mocks')).manyConnections(count) } : {};
  const { mock } = await startVaultWorker({
    latency: 250,
    // What a visitor changes (connections, settings, mappings, consent) survives a reload of the tab.
    persist: { storage: window.sessionStorage },
    consentUrl: consentPageUrl(`${window.location.origin}/mock-consent`),
    ...many,
  });
  return { mode: 'mock', token: await mockSessionToken(mock), baseUrl: mock.baseUrl };
}

// `?session=sandbox` (or isolation, consumer, theme, limitedActions, …: a `mockSessions` preset) tries
// the page under that session's settings, carried in the token as the real API carries them.
async function mockSessionToken(mock: Pick<VaultMock, 'token' | 'appId' | 'consumerId'>): Promise<string> {
  const preset = new URLSearchParams(window.location.search).get('session');
  if (!preset) return mock.token;
  const { createMockSessionToken, mockSessions } = await import('@integrations-kit/mocks');
  const session = Object.hasOwn(mockSessions, preset) ? mockSessions[preset as keyof typeof mockSessions] : undefined;
  if (!session) return mock.token;
  return createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, session });
}
