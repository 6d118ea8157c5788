import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { ConnectionStatusBadge } from './ConnectionStatusBadge.js';
import type { ConnectionStatus } from '../connection/getConnectionStatus.js';

describe('ConnectionStatusBadge', () => {
  const cases: Array<[ConnectionStatus, string, string]> = [
    ['connected', 'Connected', 'success'],
    ['needs-configuration', 'Needs configuration', 'warning'],
    ['input-required', 'Input required', 'warning'],
    ['not-authorized', 'Not authorized', 'warning'],
    ['revoked', 'Access revoked', 'danger'],
    ['invalid', 'Invalid', 'danger'],
    ['pending-confirmation', 'Pending confirmation', 'warning'],
    ['consent-required', 'Consent required', 'warning'],
    ['degraded', 'Degraded', 'warning'],
    ['disabled', 'Disabled', 'neutral'],
    ['not-connected', 'Not connected', 'neutral'],
    ['unknown', 'Status unknown', 'neutral'],
  ];

  it.each(cases)('shows %s as "%s" in the %s tone', (status, label, tone) => {
    renderWithKit(<ConnectionStatusBadge status={status} />);
    const badge = screen.getByText(label);
    expect(badge).toHaveAttribute('data-slot', 'connection-status-badge');
    expect(badge).toHaveAttribute('data-status', status);
    expect(badge).toHaveAttribute('data-tone', tone);
  });

  it('derives the status from a connection', () => {
    renderWithKit(
      <ConnectionStatusBadge connection={{ state: 'authorized', enabled: true, integration_state: 'configured' }} />,
    );
    expect(screen.getByText('Input required')).toHaveAttribute('data-status', 'input-required');
  });

  it('reads a provider-side disconnect as revoked', () => {
    renderWithKit(<ConnectionStatusBadge connection={{ state: 'invalid', enabled: true, health: 'revoked' }} />);
    expect(screen.getByText('Access revoked')).toHaveAttribute('data-status', 'revoked');
  });

  it('shows a neutral status for values the contract does not know', () => {
    renderWithKit(<ConnectionStatusBadge connection={{ state: 'teleported' } as never} />);
    expect(screen.getByText('Status unknown')).toHaveAttribute('data-tone', 'neutral');
  });

  it('uses the provider strings, merges className and passes other props through', () => {
    renderWithKit(<ConnectionStatusBadge status="invalid" className="host-extra" title="why" />, { locale: 'de' });
    const badge = screen.getByText('Ungültig');
    expect(badge.className).toMatch(/ik:inline-flex .*host-extra$/);
    expect(badge).toHaveAttribute('title', 'why');
  });
});
