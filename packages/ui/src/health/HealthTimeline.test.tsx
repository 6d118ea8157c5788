import type { Connection } from '@integrations-kit/client';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { HealthTimeline } from './HealthTimeline.js';

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const teamleader: Connection = {
  unified_api: 'crm',
  service_id: 'teamleader',
  name: 'Teamleader',
  auth_type: 'oauth2',
  integration_state: 'configured',
  enabled: true,
  state: 'callable',
  health: 'pending_refresh',
  last_refresh_failed_at: NOW - 2 * HOUR,
  credentials_expire_at: NOW + 5 * DAY,
};

describe('HealthTimeline', () => {
  it('tells a failing refresh as a dated history and reconnects on request', async () => {
    const onReconnect = vi.fn();
    const { user, container } = renderWithKit(
      <HealthTimeline connection={teamleader} now={NOW} onReconnect={onReconnect} />,
    );

    expect(screen.getByText('Teamleader is refusing to renew access. Vault keeps retrying for now.')).toBeVisible();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Token refresh failed 2 hours ago',
      'Credentials will be deleted in 5 days',
    ]);
    expect(screen.getByText('Token refresh failed 2 hours ago')).toHaveAttribute(
      'dateTime',
      new Date(NOW - 2 * HOUR).toISOString(),
    );
    expect(container.firstChild).toHaveAttribute('data-status', 'degraded');

    await user.click(screen.getByRole('button', { name: 'Reconnect' }));
    expect(onReconnect).toHaveBeenCalledTimes(1);
  });

  it('speaks German with German relative times', () => {
    renderWithKit(<HealthTimeline connection={teamleader} now={NOW} onReconnect={vi.fn()} />, { locale: 'de' });
    expect(screen.getByText('Token-Aktualisierung vor 2 Stunden fehlgeschlagen')).toBeVisible();
    expect(screen.getByText('Zugangsdaten werden in 5 Tagen gelöscht')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Erneut verbinden' })).toBeEnabled();
  });

  it('offers a new test after the provider could not be reached, busy while it runs', () => {
    const degraded = { ...teamleader, health: 'degraded' as const, last_downstream_error_at: NOW - 3 * HOUR };
    const { rerender } = renderWithKit(<HealthTimeline connection={degraded} now={NOW} onTest={vi.fn()} />);
    expect(screen.getByText('Teamleader could not be reached 3 hours ago')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Reconnect' })).not.toBeInTheDocument();

    const onTest = vi.fn();
    screen.getByRole('button', { name: 'Test connection' }).focus();
    rerender(<HealthTimeline connection={degraded} now={NOW} onTest={onTest} testing />);
    const busy = screen.getByRole('button', { name: 'Test connection' });
    expect(busy).toHaveAttribute('aria-disabled', 'true');
    // It keeps the keyboard's focus while the test runs, and a second press starts nothing.
    expect(busy).toHaveFocus();
    busy.click();
    expect(onTest).not.toHaveBeenCalled();
  });

  it('reads a health value it does not know as unknown, with no action', () => {
    const future = { ...teamleader, health: 'sparkly' } as unknown as Connection;
    const { container } = renderWithKit(<HealthTimeline connection={future} now={NOW} onReconnect={vi.fn()} />);
    expect(screen.getByText('The health of Teamleader could not be determined.')).toBeVisible();
    expect(container.firstChild).toHaveAttribute('data-health', 'unknown');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
