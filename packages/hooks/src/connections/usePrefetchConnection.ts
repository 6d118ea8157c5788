'use client';
import type { ConnectionRef } from '@integrations-kit/client';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useVaultClient } from '../provider/useVaultClient.js';
import { prefetchConnection } from './prefetchConnection.js';

/**
 * A stable function that reads a connection ahead (its detail, and its connector when the settings
 * form will need it), for a card's hover and focus: the dialog opened next waits on nothing.
 *
 * @example const prefetch = usePrefetchConnection(); <button onFocus={() => prefetch(ref)} />
 */
export function usePrefetchConnection(): (ref: ConnectionRef) => void {
  const client = useVaultClient();
  const queryClient = useQueryClient();
  return useCallback((ref: ConnectionRef) => void prefetchConnection(queryClient, client, ref), [queryClient, client]);
}
