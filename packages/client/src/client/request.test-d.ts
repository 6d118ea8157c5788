import { describe, expectTypeOf, it } from 'vitest';
import type { Connection, ResourceSetting, VaultClient } from '../types.js';
import type { RequestInit } from './request.js';

describe('RequestInit: the path, query and body of one operation, typed from the contract', () => {
  it('requires the path parameters a path declares', () => {
    type GetOne = RequestInit<'/vault/connections/{unified_api}/{service_id}', 'GET'>;
    expectTypeOf<GetOne['path']>().toEqualTypeOf<{ service_id: string; unified_api: string }>();
    // @ts-expect-error: a path without its parameters is refused
    const missing: GetOne = {};
    void missing;
  });

  it('types the query of a list and forbids a body on a GET', () => {
    type List = RequestInit<'/vault/connections', 'GET'>;
    expectTypeOf<NonNullable<List['query']>>().toHaveProperty('api');
    expectTypeOf<List['body']>().toEqualTypeOf<undefined>();
  });

  it('types the body of a write from the contract', () => {
    type Patch = RequestInit<'/vault/connections/{unified_api}/{service_id}', 'PATCH'>;
    expectTypeOf<Patch['body']>().toHaveProperty('enabled');
    // @ts-expect-error: `enabled` is a boolean in the contract
    const wrong: Patch['body'] = { enabled: 'yes' };
    void wrong;
  });
});

describe('VaultClient methods hand out the normalised shapes', () => {
  it('connections and resource settings', () => {
    expectTypeOf<ReturnType<VaultClient['connections']['list']>>().resolves.toEqualTypeOf<Connection[]>();
    expectTypeOf<ReturnType<VaultClient['connectionSettings']['list']>>().resolves.toEqualTypeOf<ResourceSetting[]>();
    // The client's `filter` is always the parent field's id, never the live `{ key, value }`.
    expectTypeOf<ResourceSetting['filter']>().toEqualTypeOf<string | undefined>();
  });
});
