import type { Connection, ConnectionRef, VaultClient } from '@integrations-kit/client';
import type { QueryClient } from '@tanstack/react-query';
import { ConnectionValidationError } from '../errors/ConnectionValidationError.js';
import { writeConnection } from './writeConnection.js';

/**
 * Tests a connection: `POST …/validate`, then reads the connection (validate answers only its id
 * and state, while a check also moves `health` and its timestamps) and writes it into the detail
 * and every list. A failed check can change the connection too (credentials found invalid, a new
 * refresh failure), so the read follows a failure as well before the failure is passed on. A check
 * answered 200 with a `state` other than `callable` rejects with `ConnectionValidationError`.
 */
export async function validateConnection(
  client: VaultClient,
  queryClient: QueryClient,
  { unifiedApi, serviceId }: ConnectionRef,
): Promise<Connection> {
  const ref = { unifiedApi, serviceId };
  const reread = async () => {
    const connection = await client.connections.get(ref);
    writeConnection(queryClient, client, ref, connection);
    return connection;
  };
  let checked: Awaited<ReturnType<VaultClient['connections']['validate']>>;
  try {
    checked = await client.connections.validate(ref);
  } catch (error) {
    // The check's failure is what the caller needs to hear, not a failed read after it.
    await reread().catch(() => undefined);
    throw error;
  }
  const connection = await reread();
  // A 200 reports the check's verdict in `state`: anything but callable is a failed test.
  if (checked.state !== 'callable') throw new ConnectionValidationError(checked.state, connection);
  return connection;
}
