import type { Connection, Connector, VaultClient } from '@integrations-kit/client';
import type { QueryKey } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { VaultProviderProps } from './provider/VaultProvider.js';
import { useConnection } from './connections/useConnection.js';
import { useConnections } from './connections/useConnections.js';
import type { useUpdateConnection } from './connections/useUpdateConnection.js';
import { vaultKeys } from './query/vaultKeys.js';

declare const client: VaultClient;
// Called from functions named as hooks: the read hooks are generic over `select`, so `ReturnType`
// of the bare function would not pick the default.
const useListed = () => useConnections();
const useOne = () => useConnection({ unifiedApi: 'crm', serviceId: 'x' });

describe('VaultProviderProps', () => {
  it('takes a client, or the options to create one (then a token is required)', () => {
    expectTypeOf<{ client: VaultClient; children: null }>().toExtend<VaultProviderProps>();
    expectTypeOf<{ token: string; baseUrl: string; children: null }>().toExtend<VaultProviderProps>();
    expectTypeOf<{ baseUrl: string; children: null }>().not.toExtend<VaultProviderProps>();
    // Client options next to a ready client would be ignored, so the type refuses them.
    expectTypeOf<{ client: VaultClient; token: string; children: null }>().not.toExtend<VaultProviderProps>();
  });
});

describe('vaultKeys', () => {
  it('starts every key with the session scope and types each segment', () => {
    const keys = vaultKeys(client);
    expectTypeOf(keys.all).toEqualTypeOf<readonly ['vault', string, string, string]>();
    expectTypeOf(keys.connection({ unifiedApi: 'crm', serviceId: 'x' })).toEqualTypeOf<
      readonly ['vault', string, string, string, 'connection', string, string]
    >();
    expectTypeOf(keys.connectors()).toExtend<QueryKey>();
    expectTypeOf(keys.resourceSettings).parameter(1).toEqualTypeOf<string>();
  });
});

describe('hooks return types', () => {
  it('read hooks hand out the client types', () => {
    expectTypeOf(useListed).returns.toHaveProperty('data').toEqualTypeOf<Connection[] | undefined>();
    expectTypeOf(useOne).returns.toHaveProperty('data').toEqualTypeOf<Connection | undefined>();
  });

  it('the update mutation resolves with the saved connection', () => {
    type Update = ReturnType<typeof useUpdateConnection>;
    expectTypeOf<Awaited<ReturnType<Update['mutateAsync']>>>().toEqualTypeOf<Connection>();
  });

  it('connectors are the Connector API type', () => {
    expectTypeOf<Connector['id']>().toEqualTypeOf<string | undefined>();
  });
});
