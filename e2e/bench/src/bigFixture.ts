import type { Connection } from '@integrations-kit/client';
import { fixtures } from '@integrations-kit/mocks';

/**
 * `count` connections: the real fixtures first (so opening one finds its connector), then copies
 * with numbered names and service ids, spread over every unified API and state the fixtures have.
 */
export function bigFixture(count: number): Connection[] {
  const base = fixtures.connections;
  return Array.from({ length: count }, (_, i) => {
    const source = base[i % base.length] as Connection;
    if (i < base.length) return source;
    const serviceId = `${source.service_id}-${i}`;
    return { ...source, id: `${source.unified_api}+${serviceId}`, service_id: serviceId, name: `${source.name} ${i}` };
  });
}
