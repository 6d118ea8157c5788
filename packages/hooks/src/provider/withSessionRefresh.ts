import type { VaultApiError, VaultClient } from '@integrations-kit/client';
import { isVaultApiError } from '../errors/isVaultApiError.js';
import { SessionExpiredError, isSessionExpiredError } from '../errors/SessionExpiredError.js';
import { SessionRefreshTimeoutError, isSessionRefreshTimeoutError } from '../errors/SessionRefreshTimeoutError.js';

/** How long `getToken` may take before the requests waiting on it fail with `SessionRefreshTimeoutError`. */
const GET_TOKEN_TIMEOUT_MS = 15_000;

/** How the provider refreshes a refused session; read on every 401 so the latest props apply. */
interface SessionHandlers {
  getToken?: (() => Promise<string>) | undefined;
  onSessionExpired?: (() => void) | undefined;
  /** Told every new token (a refresh, or `setToken`), so what the provider reads from it follows. */
  onTokenChange?: ((token: string) => void) | undefined;
}

type Api = Record<string, unknown>;

/**
 * Wraps every Vault method of `client` so a 401 refreshes the token once (shared by all requests that
 * fail together, whether the refresh succeeds or fails) and retries the request once; otherwise the
 * request fails with `SessionExpiredError` and `onSessionExpired` runs once per token. A `getToken`
 * that has not settled after `GET_TOKEN_TIMEOUT_MS` fails its waiting requests with
 * `SessionRefreshTimeoutError`.
 *
 * Wrapping the client (rather than each hook) means every queryFn and mutationFn, including the
 * OAuth flows and the user's own `queryOptions` calls with `useVaultClient()`, get the same rule.
 *
 * Returns the wrapped client and a setter for the handlers, which the provider calls from an
 * effect with its latest props (a 401 can only arrive after that effect has run).
 */
export function withSessionRefresh(client: VaultClient): [VaultClient, (next: SessionHandlers) => void] {
  let current: SessionHandlers = {};
  const run = createSessionGuard(client, () => current);
  const wrap = <T extends object>(api: T): T => {
    const wrapped: Api = {};
    for (const [name, member] of Object.entries(api as Api)) {
      wrapped[name] =
        typeof member === 'function' ? (...args: unknown[]) => run(() => member.apply(api, args)) : member;
    }
    return wrapped as T;
  };
  const wrapped: VaultClient = {
    get baseUrl() {
      return client.baseUrl;
    },
    get connectorBaseUrl() {
      return client.connectorBaseUrl;
    },
    get appId() {
      return client.appId;
    },
    get consumerId() {
      return client.consumerId;
    },
    setToken: (token) => {
      client.setToken(token);
      current.onTokenChange?.(token);
    },
    // Not wrapped: the Connector API may refuse a Vault session token that Vault itself accepts
    // (it is not documented to take one), so its 401 says nothing about the session. Refreshing
    // on it would loop; the part of the page that needs the connector degrades instead.
    connectors: client.connectors,
    connections: wrap(client.connections),
    connectionSettings: wrap(client.connectionSettings),
    consent: wrap(client.consent),
    customFields: wrap(client.customFields),
    mappings: wrap(client.mappings),
    logs: wrap(client.logs),
  };
  return [
    wrapped,
    (next) => {
      current = next;
    },
  ];
}

function createSessionGuard(client: VaultClient, handlers: () => SessionHandlers) {
  // Bumped on every successful refresh: `onSessionExpired` runs once per token.
  let generation = 0;
  // Bumped when a refresh ends, either way. A 401 on a request that started before the latest
  // refresh ended takes that refresh's outcome instead of asking again, so a getToken that fails
  // fast is called once for a burst of 401s, not once per 401.
  let settled = 0;
  let refreshing: Promise<void> | null = null;
  let latest: Promise<void> = Promise.resolve();
  let notifiedGeneration = -1;

  const refresh = (getToken: () => Promise<string>): Promise<void> => {
    refreshing ??= withTimeout(new Promise<string>((resolve) => resolve(getToken())))
      .then((token) => {
        client.setToken(token);
        generation += 1;
        handlers().onTokenChange?.(token);
      })
      .finally(() => {
        settled += 1;
        refreshing = null;
      });
    latest = refreshing;
    return refreshing;
  };

  const expire = (refused: unknown, cause?: unknown): unknown => {
    if (!isUnauthorized(refused)) return refused;
    if (notifiedGeneration !== generation) {
      notifiedGeneration = generation;
      handlers().onSessionExpired?.();
    }
    return new SessionExpiredError(refused, cause);
  };

  return async function run<T>(call: () => Promise<T>): Promise<T> {
    const startedAt = settled;
    try {
      return await call();
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      const { getToken } = handlers();
      if (!getToken) throw expire(error);
      try {
        await (refreshing ?? (settled === startedAt ? refresh(getToken) : latest));
      } catch (refreshError) {
        // A slow sign-in is not an expired session: say so, and let the person try again.
        if (isSessionRefreshTimeoutError(refreshError)) throw refreshError;
        throw expire(error, refreshError);
      }
      try {
        return await call();
      } catch (retryError) {
        throw expire(retryError);
      }
    }
  };
}

function withTimeout(token: Promise<string>): Promise<string> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SessionRefreshTimeoutError(GET_TOKEN_TIMEOUT_MS)), GET_TOKEN_TIMEOUT_MS);
  });
  return Promise.race([token, timeout]).finally(() => clearTimeout(timer));
}

function isUnauthorized(error: unknown): error is VaultApiError {
  return isVaultApiError(error) && error.status === 401 && !isSessionExpiredError(error);
}
