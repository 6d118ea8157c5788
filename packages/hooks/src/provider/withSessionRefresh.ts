import type { VaultApiError, VaultClient } from '@integrations-kit/client';
import { isVaultApiError } from '../errors/isVaultApiError.js';
import { SessionExpiredError, isSessionExpiredError } from '../errors/SessionExpiredError.js';

/** How the provider refreshes a refused session; read on every 401 so the latest props apply. */
interface SessionHandlers {
  getToken?: (() => Promise<string>) | undefined;
  onSessionExpired?: (() => void) | undefined;
}

type Api = Record<string, unknown>;

/**
 * Wraps every Vault method of `client` so a 401 refreshes the token once (shared by all requests that
 * fail together) and retries the request once; otherwise the request fails with
 * `SessionExpiredError` and `onSessionExpired` runs once per token.
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
    setToken: (token) => client.setToken(token),
    // Not wrapped: the Connector API may refuse a Vault session token that Vault itself accepts
    // (it is not documented to take one), so its 401 says nothing about the session. Refreshing
    // on it would loop; the part of the page that needs the connector degrades instead.
    connectors: client.connectors,
    connections: wrap(client.connections),
    connectionSettings: wrap(client.connectionSettings),
    customFields: wrap(client.customFields),
  };
  return [
    wrapped,
    (next) => {
      current = next;
    },
  ];
}

function createSessionGuard(client: VaultClient, handlers: () => SessionHandlers) {
  // Bumped on every successful refresh: a request that started before the current token must not
  // trigger another refresh, only a retry.
  let generation = 0;
  let refreshing: Promise<void> | null = null;
  let notifiedGeneration = -1;

  const refresh = (getToken: () => Promise<string>): Promise<void> => {
    refreshing ??= getToken()
      .then((token) => {
        client.setToken(token);
        generation += 1;
      })
      .finally(() => {
        refreshing = null;
      });
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
    const startedAt = generation;
    try {
      return await call();
    } catch (error) {
      if (!isUnauthorized(error)) throw error;
      const { getToken } = handlers();
      if (!getToken) throw expire(error);
      try {
        if (generation === startedAt) await refresh(getToken);
      } catch (refreshError) {
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

function isUnauthorized(error: unknown): error is VaultApiError {
  return isVaultApiError(error) && error.status === 401 && !isSessionExpiredError(error);
}
