'use client';
import type { Connection, ConnectionRef } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { validateConnection } from './validateConnection.js';

/**
 * "Test connection": asks Vault to check a connection's stored credentials (`POST …/validate`)
 * and resolves with the connection read after the check, which is written into the detail and
 * every cached list whether the check passed or failed (a failure can make it `invalid`), before
 * your `onSuccess`/`onError` run.
 *
 * @example useValidateConnection({ onError: (error) => show(error.message) }).mutate({ unifiedApi: 'crm', serviceId: 'close' })
 */
export function useValidateConnection(options?: VaultMutationHookOptions<Connection, ConnectionRef>) {
  return useVaultMutation(
    'validate-connection',
    (client, queryClient) => ({
      mutationFn: (ref: ConnectionRef) => validateConnection(client, queryClient, ref),
    }),
    options,
  );
}
