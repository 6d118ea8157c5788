// A host with no Tailwind of its own: the kit's stylesheet is the only CSS it imports.
import { VaultProvider } from '@integrations-kit/hooks';
import { consentPageUrl, renderMockConsentPage, startVaultWorker } from '@integrations-kit/mocks/browser';
import { IntegrationsPage, OAuthCallback } from '@integrations-kit/ui';
import '@integrations-kit/ui/styles.css';
import { createRoot } from 'react-dom/client';

const root = document.getElementById('root')!;
const redirectUri = `${location.origin}/oauth/callback`;

if (location.pathname === '/mock-consent') {
  renderMockConsentPage(root);
} else if (location.pathname === '/oauth/callback') {
  createRoot(root).render(<OAuthCallback />);
} else {
  const { mock } = await startVaultWorker({ consentUrl: consentPageUrl(`${location.origin}/mock-consent`) });
  createRoot(root).render(
    <VaultProvider token={mock.token} baseUrl={mock.baseUrl}>
      <h1>Full UI</h1>
      <IntegrationsPage redirectUri={redirectUri} />
    </VaultProvider>,
  );
}
