import { VaultProvider } from '@integrations-kit/hooks';
import { IntegrationsPage } from '@integrations-kit/ui';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { createTestQueryClient, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [testConnection('crm', 'salesforce', 'Salesforce')] });

// A session token whose payload is the given JSON text as is (so it can hold `__proto__` keys).
function token(payloadJson: string): string {
  const encode = (text: string) => Buffer.from(text).toString('base64url');
  return `${encode('{"alg":"none"}')}.${encode(payloadJson)}.sig`;
}

function renderPage(payload: Record<string, unknown> | string) {
  const { appId, consumerId, baseUrl } = vault.mock;
  const json =
    typeof payload === 'string'
      ? payload
      : JSON.stringify({ application_id: appId, consumer_id: consumerId, exp: 4_000_000_000, ...payload });
  return render(
    <VaultProvider token={token(json)} baseUrl={baseUrl} queryClient={createTestQueryClient()}>
      <IntegrationsPage redirectUri="https://host.example/oauth/callback" />
    </VaultProvider>,
  );
}

const pageRoot = () => document.querySelector<HTMLElement>('[data-slot="integrations-page"]');

afterEach(() => vi.restoreAllMocks());

describe('hostile session claims', { tags: ['hostile-data'] }, () => {
  it('a claim of the wrong type is ignored with a warning each and the page still renders', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderPage({
      settings: { sandbox_mode: 'true', unified_apis: { crm: true }, allow_actions: 'delete', isolation_mode: 1 },
      theme: ['#fff'],
      consumer_metadata: { user_name: { first: 'Ada' }, email: 42 },
    });
    expect(await screen.findByRole('button', { name: /^Salesforce CRM / })).toBeInTheDocument();
    expect(screen.queryByText(/test environment/)).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Signed in as' })).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledTimes(7);
  });

  it.each([
    'red;background:url(https://evil.example/x)',
    'var(--ik-surface)',
    'expression(alert(1))',
    'url(javascript:alert(1))',
    '#0f766e !important',
  ])('never sets the accent %j', async (primaryColor) => {
    renderPage({ theme: { primary_color: primaryColor } });
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(pageRoot()?.getAttribute('style') ?? '').not.toContain('--ik-accent');
  });

  it('links and shows no unsafe URL from the theme or the consumer', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    renderPage({
      theme: { privacy_url: 'javascript:alert(1)', terms_url: 'https://user:pass@evil.example/terms' },
      consumer_metadata: { user_name: 'Ada', image: 'http://tracker.example/pixel.gif' },
    });
    expect(await screen.findByRole('region', { name: 'Signed in as' })).toHaveTextContent('Ada');
    expect(document.querySelector('[data-slot="integrations-page"] a')).toBeNull();
    expect(document.querySelector('[data-slot="integrations-page"] img')).toBeNull();
  });

  it('shows markup and very long names as text', async () => {
    const markup = '<img src=x onerror="alert(1)">'.padEnd(10_000, 'x');
    renderPage({ theme: { vault_name: markup }, consumer_metadata: { account_name: '<script>alert(1)</script>' } });
    expect(await screen.findByRole('heading', { level: 2 })).toHaveTextContent(markup);
    expect(
      document.querySelector('[data-slot="integrations-page"] script, [data-slot="integrations-page"] img'),
    ).toBeNull();
  });

  it('prototype keys as claim names change nothing and pollute nothing', async () => {
    const { appId, consumerId } = vault.mock;
    renderPage(
      `{"application_id":"${appId}","consumer_id":"${consumerId}","exp":4000000000,` +
        `"settings":{"__proto__":{"sandbox_mode":true},"constructor":{"prototype":{"polluted":true}}},` +
        `"theme":{"__proto__":{"vault_name":"Injected"}},"__proto__":{"settings":{"sandbox_mode":true}}}`,
    );
    await screen.findByRole('button', { name: /^Salesforce CRM / });
    expect(screen.queryByText(/test environment/)).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).sandbox_mode).toBeUndefined();
  });
});
