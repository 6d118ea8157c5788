import type { Connection } from '@integrations-kit/client';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { IntegrationCard } from './IntegrationCard.js';

const salesforce: Connection = {
  id: 'crm+salesforce',
  service_id: 'salesforce',
  unified_api: 'crm',
  name: 'Salesforce',
  tag_line: 'CRM software for sales teams',
  icon: 'https://cdn.example.com/sf.png',
  state: 'callable',
  enabled: true,
  integration_state: 'configured',
  health: 'ok',
};

describe('IntegrationCard', () => {
  it('is a button named by its visible text: name, unified API, tag line and status', () => {
    renderWithKit(<IntegrationCard connection={salesforce} />);
    const card = screen.getByRole('button', { name: 'Salesforce CRM CRM software for sales teams Connected' });
    expect(card).not.toHaveAttribute('aria-labelledby');
    expect(card).not.toHaveAttribute('aria-label');
    expect(card).toHaveAttribute('aria-haspopup', 'dialog');
    expect(card).toHaveAttribute('data-status', 'connected');
    expect(card).toHaveAttribute('data-connection-id', 'crm+salesforce');
  });

  it('calls onSelect with the connection on click and on Enter', async () => {
    const onSelect = vi.fn();
    const { user } = renderWithKit(<IntegrationCard connection={salesforce} onSelect={onSelect} />);
    await user.click(screen.getByRole('button', { name: /^Salesforce CRM / }));
    expect(onSelect).toHaveBeenCalledWith(salesforce);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledTimes(2);
  });

  it('does not select when the host prevents the click', async () => {
    const onSelect = vi.fn();
    const { user } = renderWithKit(
      <IntegrationCard connection={salesforce} onSelect={onSelect} onClick={(event) => event.preventDefault()} />,
    );
    await user.click(screen.getByRole('button', { name: /^Salesforce CRM / }));
    expect(onSelect).not.toHaveBeenCalled();
  });

  it('falls back to the service id without a name and labels an unknown unified API in sentence case', () => {
    renderWithKit(
      <IntegrationCard
        connection={{ ...salesforce, name: undefined, unified_api: 'issue-tracking', tag_line: undefined }}
      />,
    );
    expect(screen.getByRole('button', { name: 'salesforce Issue tracking Connected' })).toBeInTheDocument();
  });

  it('shows the derived status of a disabled connection', () => {
    renderWithKit(<IntegrationCard connection={{ ...salesforce, enabled: false }} />);
    expect(screen.getByRole('button', { name: /^Salesforce CRM .* Disabled$/ })).toHaveAttribute(
      'data-status',
      'disabled',
    );
    expect(screen.getByText('Disabled')).toBeInTheDocument();
  });

  it('merges className and spreads other props on the button', () => {
    renderWithKit(<IntegrationCard connection={salesforce} className="host-card" data-testid="card" />);
    const card = screen.getByTestId('card');
    expect(card).toHaveAttribute('data-slot', 'integration-card');
    expect(card.className).toMatch(/host-card$/);
  });
});
