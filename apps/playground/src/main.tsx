import { isSameTabCallback } from '@integrations-kit/hooks';
import { OAuthCallback } from '@integrations-kit/ui';
import '@integrations-kit/ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app.css';
import { Playground } from './Playground.js';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root');

// Two routes run without the app around them: the popup's pages. The consent page stands in for
// the provider's (mock mode only), and the callback page hands the result to the opening page and
// closes. A same-tab return (this tab's own pending record, opener or not) goes to the app instead.
if (window.location.pathname === '/mock-consent') {
  void import('@integrations-kit/mocks/browser').then(({ renderMockConsentPage }) => renderMockConsentPage(container));
} else if (window.location.pathname === '/oauth/callback' && !isSameTabCallback()) {
  createRoot(container).render(<OAuthCallback />);
} else {
  createRoot(container).render(
    <StrictMode>
      <Playground />
    </StrictMode>,
  );
}
