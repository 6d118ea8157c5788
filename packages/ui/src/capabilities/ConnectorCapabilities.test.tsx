import type { Connector } from '@integrations-kit/client';
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { ConnectorCapabilities } from './ConnectorCapabilities.js';

const base: Connector = { id: 'acme', name: 'Acme', status: 'live', webhook_support: { mode: 'none' } };
const badges = () =>
  within(screen.getByRole('list', { name: 'What Acme offers' }))
    .getAllByRole('listitem')
    .filter((item) => item.dataset.capability)
    .map((item) => item.dataset.capability);

describe('ConnectorCapabilities', () => {
  it('shows a Beta badge', () => {
    renderWithKit(<ConnectorCapabilities connector={{ ...base, status: 'beta' }} name="Acme" />);
    expect(badges()).toEqual(['beta']);
    expect(screen.getByText('Beta')).toBeVisible();
  });

  it('shows an Early access badge', () => {
    renderWithKit(<ConnectorCapabilities connector={{ ...base, status: 'early-access' }} name="Acme" />);
    expect(screen.getByText('Early access')).toBeVisible();
  });

  it('shows native webhooks with the events they deliver behind a count', async () => {
    const connector: Connector = {
      ...base,
      webhook_support: { mode: 'native' },
      supported_events: [{ event_type: 'crm.lead.created' }, { event_type: 'crm.lead.updated' }],
    };
    const { user } = renderWithKit(<ConnectorCapabilities connector={connector} name="Acme" />);
    expect(screen.getByText('Real-time webhooks')).toBeVisible();
    await user.click(screen.getByText('2 events'));
    expect(screen.getByText('crm.lead.created')).toBeVisible();
    expect(screen.getByText('crm.lead.updated')).toBeVisible();
  });

  it('shows virtual webhooks as polled, with no event list when none are named', () => {
    renderWithKit(<ConnectorCapabilities connector={{ ...base, webhook_support: { mode: 'virtual' } }} name="Acme" />);
    expect(screen.getByText('Webhooks (polled)')).toBeVisible();
    expect(screen.queryByText(/events?$/)).not.toBeInTheDocument();
  });

  it('shows a free trial with its signup link, unless links are hidden', () => {
    const connector = { ...base, free_trial_available: true, signup_url: 'https://acme.example/signup' };
    const { rerender } = renderWithKit(<ConnectorCapabilities connector={connector} name="Acme" />);
    expect(screen.getByText('Free trial')).toBeVisible();
    expect(screen.getByRole('link', { name: /^Start a free Acme trial/ })).toHaveAttribute(
      'href',
      'https://acme.example/signup',
    );
    rerender(<ConnectorCapabilities connector={connector} name="Acme" hideLinks />);
    expect(screen.getByText('Free trial')).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('never links an unsafe signup URL', () => {
    const connector = { ...base, free_trial_available: true, signup_url: 'javascript:alert(1)' };
    renderWithKit(<ConnectorCapabilities connector={connector} name="Acme" />);
    expect(screen.getByText('Free trial')).toBeVisible();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows sandbox credentials', () => {
    renderWithKit(<ConnectorCapabilities connector={{ ...base, has_sandbox_credentials: true }} name="Acme" />);
    expect(screen.getByText('Sandbox credentials')).toBeVisible();
  });

  it('renders nothing for a live connector with none of these, and speaks German', () => {
    const { container, rerender } = renderWithKit(<ConnectorCapabilities connector={base} name="Acme" />, {
      locale: 'de',
    });
    expect(container).toBeEmptyDOMElement();
    rerender(<ConnectorCapabilities connector={{ ...base, status: 'early-access' }} name="Acme" />);
    expect(screen.getByRole('list', { name: 'Was Acme bietet' })).toHaveTextContent('Früher Zugang');
  });
});
