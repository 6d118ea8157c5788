import type {
  Connection,
  ConnectionRef,
  Connector,
  CustomField,
  Page,
  ResourceSetting,
} from '@integrations-kit/client';
import { keepPreviousData } from '@tanstack/react-query';
import type { InfiniteData } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import { useConnection } from '../connections/useConnection.js';
import { useConnections } from '../connections/useConnections.js';
import type { ConnectionWriteVariables } from '../connections/useCreateConnection.js';
import { useDeleteConnection } from '../connections/useDeleteConnection.js';
import { useToggleConnection } from '../connections/useToggleConnection.js';
import type { ToggleConnectionVariables } from '../connections/useToggleConnection.js';
import { useUpdateConnection } from '../connections/useUpdateConnection.js';
import { useConnector } from '../connectors/useConnector.js';
import { useConnectors } from '../connectors/useConnectors.js';
import { useCustomFields } from '../resource-settings/useCustomFields.js';
import { useResourceSettings } from '../resource-settings/useResourceSettings.js';
import type { VaultMutationHookOptions, VaultQueryHookOptions } from './hookOptions.js';

const ref: ConnectionRef = { unifiedApi: 'crm', serviceId: 'pipedrive' };
const leads = { ...ref, resource: 'leads' };

// The hooks are called from functions named as hooks (legal hook calls); only their types are read.
const useCount = () => useConnections({}, { select: (connections) => connections.length });
const useName = () => useConnection(ref, { select: (connection) => connection.name });
const useConnectorName = () => useConnector('pipedrive', { select: (connector) => connector.name });
const useSettingIds = () => useResourceSettings(leads, { select: (settings) => settings.map((s) => s.id) });
const useFieldCount = () => useCustomFields(leads, { select: (fields) => fields.length });
const useCatalog = () => useConnectors({ limit: 20 });
const useFlatCatalog = () => useConnectors({}, { select: (catalog) => catalog.pages.flatMap((page) => page.data) });
const useHeld = () => useConnection(ref, { enabled: false });

describe('query hook options', () => {
  it('select narrows data to what it returns', () => {
    expectTypeOf(useCount).returns.toHaveProperty('data').toEqualTypeOf<number | undefined>();
    expectTypeOf(useName).returns.toHaveProperty('data').toEqualTypeOf<string | undefined>();
    expectTypeOf(useConnectorName).returns.toHaveProperty('data').toEqualTypeOf<string | undefined>();
    expectTypeOf(useSettingIds).returns.toHaveProperty('data').toEqualTypeOf<ResourceSetting['id'][] | undefined>();
    expectTypeOf(useFieldCount).returns.toHaveProperty('data').toEqualTypeOf<number | undefined>();
    expectTypeOf(useFlatCatalog).returns.toHaveProperty('data').toEqualTypeOf<Connector[] | undefined>();
  });

  it('without select, data is what the API answers; { enabled } alone still works', () => {
    expectTypeOf(useHeld).returns.toHaveProperty('data').toEqualTypeOf<Connection | undefined>();
    expectTypeOf(useCatalog)
      .returns.toHaveProperty('data')
      .toEqualTypeOf<InfiniteData<Page<Connector>, string | undefined> | undefined>();
  });

  it('select receives the cached shape', () => {
    type Select<T> = NonNullable<VaultQueryHookOptions<T, unknown>['select']>;
    expectTypeOf<Parameters<Select<Connection[]>>[0]>().toEqualTypeOf<Connection[]>();
    expectTypeOf<Parameters<Select<ResourceSetting[]>>[0]>().toEqualTypeOf<ResourceSetting[]>();
    expectTypeOf<Parameters<Select<CustomField[]>>[0]>().toEqualTypeOf<CustomField[]>();
  });

  it("accepts the options a TanStack Query user expects, typed for the hook's data", () => {
    expectTypeOf({
      staleTime: 60_000,
      gcTime: 5 * 60_000,
      placeholderData: keepPreviousData,
      refetchInterval: 30_000,
      enabled: () => true,
      meta: { screen: 'integrations' },
      retry: 1,
    }).toExtend<VaultQueryHookOptions<Connection[]>>();
    expectTypeOf({ placeholderData: [] as Connection[] }).toExtend<VaultQueryHookOptions<Connection[]>>();
    expectTypeOf({ placeholderData: 'none' }).not.toExtend<VaultQueryHookOptions<Connection[]>>();
    expectTypeOf({ select: (n: number) => n }).not.toExtend<VaultQueryHookOptions<Connection[], number>>();
  });

  it('refuses what the hook owns', () => {
    // @ts-expect-error the key is the hook's, scoped to the session
    const useKeyed = () => useConnections({}, { queryKey: ['mine'] });
    // @ts-expect-error the request is the hook's
    const useFetched = () => useConnection(ref, { queryFn: () => Promise.resolve({}) });
    // @ts-expect-error initialData would enter the shared cache as server data
    const useSeeded = () => useConnections({}, { initialData: [] });
    // @ts-expect-error the kit's cache writes find entries by the default hash
    const useHashed = () => useConnection(ref, { queryKeyHashFn: () => 'x' });
    // @ts-expect-error the paging is the hook's
    const usePaged = () => useConnectors({}, { getNextPageParam: () => undefined });
    // @ts-expect-error options come after the filters, never in their place
    const useMisplaced = () => useConnections({ select: (list: Connection[]) => list.length });
    expectTypeOf([useKeyed, useFetched, useSeeded, useHashed, usePaged, useMisplaced]).toBeArray();
  });
});

describe('mutation hook options', () => {
  it('callbacks receive the saved connection, the variables and the error', () => {
    const useSaving = () =>
      useUpdateConnection({
        onSuccess: (connection, variables) => {
          expectTypeOf(connection).toEqualTypeOf<Connection>();
          expectTypeOf(variables).toEqualTypeOf<ConnectionWriteVariables>();
        },
        onError: (error, variables) => {
          expectTypeOf(error).toEqualTypeOf<Error>();
          expectTypeOf(variables).toEqualTypeOf<ConnectionWriteVariables>();
        },
        onSettled: (connection, error, variables) => {
          expectTypeOf(connection).toEqualTypeOf<Connection | undefined>();
          expectTypeOf(error).toEqualTypeOf<Error | null>();
          expectTypeOf(variables).toEqualTypeOf<ConnectionWriteVariables>();
        },
        retry: 2,
      });
    const useToggling = () =>
      useToggleConnection({
        onSuccess: (_c, variables) => expectTypeOf(variables).toEqualTypeOf<ToggleConnectionVariables>(),
      });
    const useDeleting = () =>
      useDeleteConnection({
        onSuccess: (nothing, variables) => {
          expectTypeOf(nothing).toEqualTypeOf<void>();
          expectTypeOf(variables).toEqualTypeOf<ConnectionRef>();
        },
      });
    expectTypeOf(useSaving).returns.toHaveProperty('data').toEqualTypeOf<Connection | undefined>();
    expectTypeOf([useToggling, useDeleting]).toBeArray();
  });

  it('refuses what the hook owns', () => {
    type Options = VaultMutationHookOptions<Connection, ConnectionRef>;
    expectTypeOf<Options>().not.toHaveProperty('mutationFn');
    expectTypeOf<Options>().not.toHaveProperty('mutationKey');
    expectTypeOf<Options>().not.toHaveProperty('onMutate');
    expectTypeOf<Options>().not.toHaveProperty('scope');
    // @ts-expect-error the request is the hook's
    const useReplaced = () => useUpdateConnection({ mutationFn: () => Promise.resolve({}) });
    const useMistyped = () =>
      // @ts-expect-error a callback typed for other variables
      useUpdateConnection({ onSuccess: (_c: Connection, variables: { id: number }) => variables });
    expectTypeOf([useReplaced, useMistyped]).toBeArray();
  });
});
