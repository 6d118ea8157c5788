import { renderMockConsentPage } from '@integrations-kit/mocks/browser';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef } from 'react';

/**
 * Not part of the kit: the mock Vault's stand-in for a provider's consent page. The mock's OAuth
 * links point here (a service worker cannot answer a popup's navigation), so connecting in any
 * story opens this page in the popup with the request in its query string. Opened directly, it has
 * no request and says so.
 */
function MockConsentPage() {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (root.current) renderMockConsentPage(root.current);
  }, []);
  return <div ref={root} style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 480, lineHeight: 1.5 }} />;
}

const meta = {
  title: 'OAuth/Mock provider consent',
  component: MockConsentPage,
  tags: ['!autodocs'],
} satisfies Meta<typeof MockConsentPage>;

export default meta;

export const ConsentPage: StoryObj<typeof meta> = {};
