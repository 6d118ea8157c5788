'use client';
import { createVaultClient, type VaultClient, type VaultClientOptions } from '@integrations-kit/client';
import { useContext, useEffect, useMemo, useState } from 'react';
import { QueryClient, QueryClientContext, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { applyVaultQueryDefaults } from '../query/applyVaultQueryDefaults.js';
import { SessionTokenContext } from './SessionTokenContext.js';
import { VaultContext } from './VaultContext.js';
import { withSessionRefresh } from './withSessionRefresh.js';

type NoClientOptions = { [K in keyof VaultClientOptions]?: never };

interface VaultProviderBaseProps {
  /** Cache to use; defaults to the host's `QueryClientProvider` above, else one of the provider's own. */
  queryClient?: QueryClient;
  /**
   * Returns a fresh session token (from your back end). Called once when a request is refused
   * with 401; the request is then retried once with the new token.
   */
  getToken?: () => Promise<string>;
  /** Called when the session cannot be refreshed; the failing request errors with `SessionExpiredError`. */
  onSessionExpired?: () => void;
  children?: ReactNode;
}

/** Props of `VaultProvider`: an existing `client`, or the options to create one. */
export type VaultProviderProps = VaultProviderBaseProps &
  (({ client: VaultClient } & NoClientOptions) | (VaultClientOptions & { client?: never }));

/**
 * Makes a Vault session available to the hooks below it.
 *
 * @example
 * <VaultProvider token={sessionToken} getToken={refreshSession} onSessionExpired={signOut}>
 *   <Integrations />
 * </VaultProvider>
 *
 * // Connector API calls through your back end's proxy (`createConnectorProxy`):
 * <VaultProvider token={sessionToken} connectorBaseUrl="/api/apideck">…</VaultProvider>
 */
export function VaultProvider(props: VaultProviderProps) {
  const { queryClient, getToken, onSessionExpired, children } = props;
  const rawClient = useOwnedClient(props);

  const [client, setHandlers] = useMemo(() => withSessionRefresh(rawClient), [rawClient]);
  // A refreshed token belongs to the client it was set on; a new `token` prop starts over.
  const [refreshed, setRefreshed] = useState<{ client: VaultClient; token: string } | null>(null);
  useEffect(
    () =>
      setHandlers({
        getToken,
        onSessionExpired,
        onTokenChange: (token) => setRefreshed({ client: rawClient, token }),
      }),
    [setHandlers, getToken, onSessionExpired, rawClient],
  );
  const sessionToken = refreshed?.client === rawClient ? refreshed.token : props.token;

  const hostQueryClient = useContext(QueryClientContext);
  const [ownQueryClient] = useState(() => new QueryClient());
  const activeQueryClient = queryClient ?? hostQueryClient ?? ownQueryClient;
  applyVaultQueryDefaults(activeQueryClient);

  const tree = (
    <VaultContext.Provider value={client}>
      <SessionTokenContext.Provider value={sessionToken ?? ''}>{children}</SessionTokenContext.Provider>
    </VaultContext.Provider>
  );
  if (activeQueryClient === hostQueryClient) return tree;
  return <QueryClientProvider client={activeQueryClient}>{tree}</QueryClientProvider>;
}

// A client created from options is re-created only when an option that changes requests does.
function useOwnedClient(props: VaultProviderProps): VaultClient {
  const { client, token, baseUrl, connectorBaseUrl, appId, consumerId, fetch, headers } = props;
  const headersKey = headers ? JSON.stringify(headers) : '';
  // `headers` is compared by content (and rebuilt from it), so an inline object literal does not
  // re-create the client.
  return useMemo(
    () =>
      client ?? // Without `client` the props type makes `token` required.
      createVaultClient({
        token: token as string,
        baseUrl,
        connectorBaseUrl,
        appId,
        consumerId,
        fetch,
        headers: headersKey ? (JSON.parse(headersKey) as Record<string, string>) : undefined,
      }),
    [client, token, baseUrl, connectorBaseUrl, appId, consumerId, fetch, headersKey],
  );
}
