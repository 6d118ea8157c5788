'use client';
import type { VaultQueryHookOptions } from '../query/hookOptions.js';
import { useVaultQuery } from '../query/useVaultQuery.js';
import { connectorDocQueryOptions } from './connectorDocQueryOptions.js';

/**
 * One of a connector's docs as markdown text (`GET /connector/connectors/{id}/docs/{doc_id}`),
 * through the client's connector path (the session token, or the host's proxy at
 * `connectorBaseUrl`). The text is untrusted: render it as safe markdown, never as HTML.
 *
 * @example const { data: guide } = useConnectorDoc('bamboohr', 'consumer+connection');
 */
export function useConnectorDoc<TData = string>(
  id: string,
  docId: string,
  options: VaultQueryHookOptions<string, TData> = {},
) {
  return useVaultQuery((client) => connectorDocQueryOptions(client, id, docId), options);
}
