// A host that uses only @integrations-kit/hooks (no ui package installed) with plain markup,
// against the mock Vault in a service worker.
import { useConnections, useToggleConnection, VaultProvider } from '@integrations-kit/hooks';
import { startVaultWorker } from '@integrations-kit/mocks/browser';
import { createRoot } from 'react-dom/client';

function Connections() {
  const { data, isPending, error } = useConnections();
  const toggle = useToggleConnection();
  if (isPending) return <p>Loading…</p>;
  if (error) return <p role="alert">Failed: {error.message}</p>;
  return (
    <ul aria-label="Connections">
      {data.map((connection) => (
        <li key={`${connection.unified_api}:${connection.service_id}`}>
          <span>{connection.name}</span> <span>{connection.state}</span>{' '}
          <button
            type="button"
            onClick={() =>
              toggle.mutate({
                unifiedApi: connection.unified_api ?? '',
                serviceId: connection.service_id ?? '',
                enabled: !connection.enabled,
              })
            }
          >
            {connection.enabled ? `Disable ${connection.name}` : `Enable ${connection.name}`}
          </button>
        </li>
      ))}
    </ul>
  );
}

const { mock } = await startVaultWorker();
createRoot(document.getElementById('root')!).render(
  <VaultProvider token={mock.token} baseUrl={mock.baseUrl}>
    <h1>Hooks only</h1>
    <Connections />
  </VaultProvider>,
);
