'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { confirmConnection } from './confirmConnection.js';

/** Variables of `useConfirmConnection`. */
export interface ConfirmConnectionVariables extends ConnectionRef {
  /** The `confirm_token` the OAuth callback received. */
  confirmToken: string;
}

/**
 * Finishes an OAuth consent with the callback's `confirm_token` and resolves to the updated
 * connection. `useAuthorize` and `useOAuthRedirectResult` already do this; use it for a custom flow.
 *
 * @example useConfirmConnection().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', confirmToken })
 */
export function useConfirmConnection(options?: VaultMutationHookOptions<Connection, ConfirmConnectionVariables>) {
  return useVaultMutation(
    'confirm-connection',
    (client, queryClient) => ({
      mutationFn: (variables: ConfirmConnectionVariables) => confirmConnection(client, queryClient, variables),
    }),
    options,
  );
}
