import { createVaultClient, type Connection } from '@integrations-kit/client';
import { connectionQueryOptions, connectionsQueryOptions, VaultProvider } from '@integrations-kit/hooks';
import { fixtures } from '@integrations-kit/mocks';
import { createVaultServer } from '@integrations-kit/mocks/node';
import {
  AuthorizeButton,
  ConfirmDialog,
  ConnectionDialog,
  ConnectionSettingsForm,
  ConnectionStatusBadge,
  IntegrationCard,
  IntegrationIcon,
  IntegrationsGrid,
  IntegrationsPage,
  MessagesProvider,
  OAuthCallback,
  ResourceSettingsForm,
  RevokeButton,
  Toast,
  Toaster,
  ToastProvider,
} from '@integrations-kit/ui';
import { QueryClient } from '@tanstack/react-query';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const { server, mock } = createVaultServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const redirectUri = 'http://localhost:5173/oauth/callback';
const byService = (id: string) => fixtures.connections.find((c) => c.service_id === id) as Connection;
const salesforce = byService('salesforce');

/** Renders as a server does: a fresh cache (optionally prefetched) and no effects. */
function render(ui: ReactElement, queryClient = new QueryClient()) {
  const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
  return renderToString(
    <VaultProvider client={client} queryClient={queryClient}>
      <MessagesProvider>
        <ToastProvider>{ui}</ToastProvider>
      </MessagesProvider>
    </VaultProvider>,
  );
}

describe('components render to a string in Node', () => {
  it.each<[string, ReactElement, RegExp]>([
    [
      'IntegrationsPage',
      <IntegrationsPage redirectUri={redirectUri} />,
      /^<div data-slot="integrations-page"[^>]*>.*data-slot="grid-skeleton".*Loading integrations…/,
    ],
    [
      'IntegrationsGrid',
      <IntegrationsGrid />,
      /^<div data-slot="integrations-grid" data-state="loading".*role="status"[^>]*>Loading integrations…/,
    ],
    [
      'IntegrationCard',
      <IntegrationCard connection={salesforce} />,
      /^<button type="button" data-slot="integration-card" data-status="connected".*Salesforce.*Connected/,
    ],
    [
      'ConnectionStatusBadge',
      <ConnectionStatusBadge connection={salesforce} />,
      /^<span data-slot="connection-status-badge" data-status="connected".*Connected<\/span>$/,
    ],
    [
      'IntegrationIcon',
      <IntegrationIcon name="Salesforce" src={salesforce.icon} />,
      /^<span data-slot="integration-icon" aria-hidden="true"[^>]*><img src="data:image\/svg\+xml,%3Csvg%20/,
    ],
    // Dialogs and the toast viewport live in portals: nothing on the server, mounted on the client.
    ['ConnectionDialog', <ConnectionDialog connection={salesforce} redirectUri={redirectUri} defaultOpen />, /^$/],
    [
      'AuthorizeButton',
      <AuthorizeButton connection={byService('hubspot')} redirectUri={redirectUri} />,
      /^<div data-slot="authorize-button" data-status="idle".*Signed in to HubSpot/,
    ],
    [
      'RevokeButton',
      <RevokeButton connection={salesforce} redirectUri={redirectUri} />,
      /^<div data-slot="revoke-button" data-status="idle".*<button type="button"/,
    ],
    [
      'OAuthCallback',
      <OAuthCallback />,
      /^<div data-slot="oauth-callback" data-status="working".*role="status"[^>]*>Finishing sign-in…/,
    ],
    [
      'ConnectionSettingsForm',
      <ConnectionSettingsForm unifiedApi="crm" serviceId="salesforce" />,
      /^<div role="status" data-status="loading".*data-slot="connection-settings-form">Loading settings…<\/div>$/,
    ],
    [
      'ResourceSettingsForm',
      <ResourceSettingsForm unifiedApi="crm" serviceId="salesforce" />,
      /^<div role="status" data-status="loading".*data-slot="resource-settings-form">Loading settings…<\/div>$/,
    ],
    [
      'Toast',
      <Toast title="Saved" description="Salesforce settings saved" />,
      /^<div data-slot="toast" data-tone="info".*Saved.*Salesforce settings saved/,
    ],
    ['Toaster', <Toaster />, /^$/],
    [
      'ConfirmDialog',
      <ConfirmDialog
        open
        onOpenChange={() => {}}
        onConfirm={() => {}}
        title="Delete Salesforce?"
        description="This removes the connection."
        confirmLabel="Delete"
        cancelLabel="Cancel"
      />,
      /^$/,
    ],
  ])('%s renders its server markup without touching the DOM', (_name, ui, markup) => {
    expect(render(ui)).toMatch(markup);
  });

  it('renders the grid with the data a server prefetched, as cards with names and statuses', async () => {
    const queryClient = new QueryClient();
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
    await queryClient.prefetchQuery(connectionsQueryOptions(client));
    const html = render(<IntegrationsGrid />, queryClient);
    expect(html).toContain('Salesforce');
    expect(html).toContain('Xero');
    expect(html).toContain('data-slot="integration-card"');
  });

  it('renders the connection card content and its status label', () => {
    const html = render(<IntegrationCard connection={salesforce} />);
    expect(html).toContain('Salesforce');
    expect(html).toMatch(/Connected/);
  });

  it('renders the settings form fields of a prefetched connection', async () => {
    const queryClient = new QueryClient();
    const client = createVaultClient({ token: mock.token, baseUrl: mock.baseUrl });
    const ref = { unifiedApi: 'crm', serviceId: 'salesforce' };
    await queryClient.prefetchQuery(connectionQueryOptions(client, ref));
    const html = render(<ConnectionSettingsForm {...ref} />, queryClient);
    expect(html).toContain('<form');
    expect(html).toMatch(/<(input|select|textarea)/);
  });
});
