'use client';
import type { Connection, ConnectionRef, VaultClient } from '@integrations-kit/client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useVaultClient } from '../provider/useVaultClient.js';
import { vaultKeys } from '../query/vaultKeys.js';
import { writeConnection } from './writeConnection.js';

/**
 * A mutation whose result is a connection: the result goes into the detail and every list that
 * holds it (no refetch). Writes are never retried: a repeated POST could act twice.
 */
export function useConnectionWrite<TVariables extends ConnectionRef>(
  name: string,
  call: (client: VaultClient, variables: TVariables) => Promise<Connection>,
) {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...vaultKeys(client).mutations(), name],
    mutationFn: (variables: TVariables) => call(client, variables),
    onSuccess: (connection, variables) => writeConnection(queryClient, client, variables, connection),
    retry: false,
  });
}
