'use client';
import type { Connection, ConnectionRef, ResourceConfiguration, ResourceSetting } from '@integrations-kit/client';
import { writeConnection } from '../connections/writeConnection.js';
import type { VaultMutationHookOptions } from '../query/hookOptions.js';
import { useVaultMutation } from '../query/useVaultMutation.js';
import { vaultKeys } from '../query/vaultKeys.js';

/** Variables of `useUpdateResourceSettings`. */
export interface UpdateResourceSettingsVariables extends ConnectionRef {
  resource: string;
  /** The resource's entry (`{ resource, defaults: [{ id, value }] }`) as the contract shapes it. */
  configuration: ResourceConfiguration[];
}

/**
 * Saves a connection's settings for one resource. The returned connection goes into the detail
 * and lists, and the saved values into that resource's settings cache (no refetch).
 *
 * @example
 * useUpdateResourceSettings().mutate({ unifiedApi: 'crm', serviceId: 'pipedrive', resource: 'leads',
 *   configuration: [{ resource: 'leads', defaults: [{ id: 'owner', value: 'u1' }] }] })
 */
export function useUpdateResourceSettings(
  options?: VaultMutationHookOptions<Connection, UpdateResourceSettingsVariables>,
) {
  return useVaultMutation(
    'update-resource-settings',
    (client, queryClient) => ({
      mutationFn: (variables: UpdateResourceSettingsVariables) => client.connectionSettings.update(variables),
      onSuccess: (connection: Connection, variables) => {
        writeConnection(queryClient, client, variables, connection);
        const saved =
          connection.configuration?.find((entry) => entry.resource === variables.resource) ??
          variables.configuration.find((entry) => entry.resource === variables.resource);
        queryClient.setQueryData<ResourceSetting[]>(
          vaultKeys(client).resourceSettings(variables, variables.resource),
          (settings) => settings && applyDefaults(settings, saved?.defaults ?? []),
        );
      },
    }),
    options,
  );
}

function applyDefaults(settings: ResourceSetting[], defaults: NonNullable<ResourceConfiguration['defaults']>) {
  return settings.map((setting) => {
    const saved = defaults.find((entry) => entry.id === setting.id);
    return saved && saved.value !== undefined ? { ...setting, value: saved.value } : setting;
  });
}
