// A host with no Tailwind of its own: the kit's stylesheet is the only CSS it imports. It themes the
// kit on a wrapping element, as the README shows; the dialogs portaled to <body> must follow.
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
      <div data-testid="themed" style={{ ['--ik-accent' as string]: '#0a7d55' }}>
        <IntegrationsPage redirectUri={redirectUri} />
      </div>
    </VaultProvider>,
  );
}
