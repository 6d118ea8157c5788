// A server component that imports the kit's client components directly and renders them with
// serializable props: the session token (a real app gets it from POST /vault/sessions on its
// server) and the base URL of the mock Vault this app serves itself.
import { VaultProvider } from '@integrations-kit/hooks';
import { IntegrationsPage } from '@integrations-kit/ui';
import { headers } from 'next/headers';
import { mock } from './mockVault';

export default async function Page() {
  const origin = `http://${(await headers()).get('host')}`;
  return (
    <main>
      <h1>Next.js</h1>
      <VaultProvider token={mock.token} baseUrl={`${origin}/mock`}>
        <IntegrationsPage redirectUri={`${origin}/oauth/callback`} />
      </VaultProvider>
    </main>
  );
}
