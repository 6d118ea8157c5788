import type { Connection } from '@integrations-kit/client';
import type { UseAuthorizeResult } from '@integrations-kit/hooks';
import { fixtures } from '@integrations-kit/mocks';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { AuthorizeControl } from './AuthorizeControl.js';

const idle = (): UseAuthorizeResult => ({
  authorize: vi.fn(),
  cancel: vi.fn(),
  redirect: vi.fn(),
  status: 'idle',
  error: null,
  outcome: null,
  connection: null,
});

// The HubSpot fixture: signed in (`authorized`), the required default owner still empty. The extra
// required fields are filled in already or not the user's to fill in, so they are not named.
const fixture = fixtures.connections.find((connection) => connection.id === 'crm+hubspot') as Connection;
const hubspot: Connection = {
  ...fixture,
  form_fields: [
    ...(fixture.form_fields ?? []),
    { id: 'region', label: 'Region', type: 'select', required: true, allow_custom_values: false },
    { id: 'portal', label: 'Portal', type: 'text', required: true, disabled: true, allow_custom_values: false },
    { id: 'legacy', label: 'Legacy', type: 'text', required: true, deprecated: true, allow_custom_values: false },
  ],
  settings: { ...fixture.settings, region: 'eu' },
};

describe('AuthorizeControl', () => {
  it('does not offer Connect again to an authorized connection: it names the settings left and offers Re-authorize aside', async () => {
    const flow = idle();
    const { user, container } = renderWithKit(<AuthorizeControl connection={hubspot} flow={flow} />);

    expect(screen.getByText('Signed in to HubSpot. Fill in Default owner below to finish.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Connect HubSpot' })).not.toBeInTheDocument();
    const reauthorize = screen.getByRole('button', { name: 'Re-authorize' });
    expect(reauthorize).toHaveAttribute('data-variant', 'secondary');
    expect(container.querySelector('[data-slot="authorize-button"]')).toHaveAttribute('data-mode', 'finish-settings');

    await user.click(reauthorize);
    expect(flow.authorize).toHaveBeenCalledTimes(1);
  });

  it('says "the required settings" when it cannot name them, and speaks German', () => {
    renderWithKit(<AuthorizeControl connection={{ ...hubspot, form_fields: [] }} flow={idle()} />, { locale: 'de' });
    expect(
      screen.getByText(
        'Bei HubSpot angemeldet. Füllen Sie unten die erforderlichen Einstellungen aus, um die Einrichtung abzuschließen.',
      ),
    ).toBeVisible();
    expect(screen.getByRole('button', { name: 'Neu autorisieren' })).toBeEnabled();
  });

  it('offers Connect as the main action when the badge says the sign-in is gone', () => {
    renderWithKit(<AuthorizeControl connection={{ ...hubspot, health: 'needs_auth' }} flow={idle()} />);
    expect(screen.getByRole('button', { name: 'Connect HubSpot' })).toHaveAttribute('data-variant', 'primary');
    expect(screen.queryByText(/Signed in to HubSpot/)).not.toBeInTheDocument();
  });

  it('keeps Connect primary before the first sign-in and Re-authorize secondary once connected', () => {
    const { rerender } = renderWithKit(
      <AuthorizeControl connection={{ ...hubspot, state: 'added', health: 'needs_auth' }} flow={idle()} />,
    );
    expect(screen.getByRole('button', { name: 'Connect HubSpot' })).toHaveAttribute('data-variant', 'primary');
    rerender(<AuthorizeControl connection={{ ...hubspot, state: 'callable', health: 'ok' }} flow={idle()} />);
    expect(screen.getByRole('button', { name: 'Re-authorize' })).toHaveAttribute('data-variant', 'secondary');
    expect(screen.queryByText(/Signed in to/)).not.toBeInTheDocument();
  });
});
