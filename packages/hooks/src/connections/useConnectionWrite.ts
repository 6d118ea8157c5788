'use client';
import type { Connection, ConnectionRef, VaultClient } from '@integrations-kit/client';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { writeConnection } from './writeConnection.js';

/**
 * A mutation whose result is a connection: the result goes into the detail and every list that
 * holds it (no refetch), before the caller's `onSuccess`.
 */
export function useConnectionWrite<TVariables extends ConnectionRef>(
  name: string,
  call: (client: VaultClient, variables: TVariables) => Promise<Connection>,
  options?: VaultMutationHookOptions<Connection, TVariables>,
) {
  return useVaultMutation(
    name,
    (client, queryClient) => ({
      mutationFn: (variables: TVariables) => call(client, variables),
      onSuccess: (connection: Connection, variables) => writeConnection(queryClient, client, variables, connection),
    }),
    options,
  );
}
