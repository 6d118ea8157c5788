// A server component that imports the kit's client components directly and renders them with
// serializable props: a session token, the base URL of the mock Vault this app serves itself,
// and a server action that creates a new session when Vault refuses the current one.
import { VaultProvider } from '@integrations-kit/hooks';
import { createMockSessionToken } from '@integrations-kit/mocks';
import { IntegrationsPage } from '@integrations-kit/ui';
import { headers } from 'next/headers';
import { refreshSession } from './actions';
import { mock } from './mockVault';

export default async function Page() {
  const origin = `http://${(await headers()).get('host')}`;
  // Already expired, so the first requests are refused and the kit refreshes through the action.
  const expired = createMockSessionToken({ appId: mock.appId, consumerId: mock.consumerId, expiresIn: -60 });
  return (
    <main>
      <h1>Next.js</h1>
      <VaultProvider token={expired} getToken={refreshSession} baseUrl={`${origin}/mock`}>
        <IntegrationsPage redirectUri={`${origin}/oauth/callback`} />
      </VaultProvider>
    </main>
  );
}
