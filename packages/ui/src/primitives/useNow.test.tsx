import type { Connection } from '@integrations-kit/client';
import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ConsentHistory } from '../consent/ConsentHistory.js';
import { HealthTimeline } from '../health/HealthTimeline.js';
import { renderWithKit } from '../test/render.js';
import { NOW_TICK_MS, useNow } from './useNow.js';

const START = Date.UTC(2026, 2, 10, 12, 0, 0);
const MINUTE = 60_000;

function Clock() {
  return <output>{useNow()}</output>;
}

describe('useNow', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    vi.setSystemTime(START);
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('tells relative times again every minute while they stay on screen', () => {
    const teamleader: Connection = {
      unified_api: 'crm',
      service_id: 'teamleader',
      name: 'Teamleader',
      state: 'callable',
      health: 'pending_refresh',
      last_refresh_failed_at: START - MINUTE,
    };
    const { container } = renderWithKit(
      <>
        <HealthTimeline connection={teamleader} />
        <ConsentHistory
          who="acme-user-1"
          records={[{ id: 'c-1', granted: true, created_at: START - MINUTE, resources: '*' }]}
        />
      </>,
    );
    expect(screen.getByText('Token refresh failed 1 minute ago')).toBeVisible();
    const consentTime = () => container.querySelector('[data-slot="consent-history"] time')?.textContent;
    expect(consentTime()).toMatch(/^1 minute ago \(/);

    act(() => vi.advanceTimersByTime(5 * MINUTE));
    expect(screen.getByText('Token refresh failed 6 minutes ago')).toBeVisible();
    expect(consentTime()).toMatch(/^6 minutes ago \(/);
    expect(screen.queryByText(/1 minute ago/)).toBeNull();
  });

  it('runs one timer however many read it, and none once nobody does', () => {
    const view = render(
      <>
        <Clock />
        <Clock />
        <Clock />
      </>,
    );
    expect(vi.getTimerCount()).toBe(1);
    const [first, second] = screen.getAllByRole('status');
    expect(first?.textContent).toBe(String(START));

    act(() => vi.advanceTimersByTime(NOW_TICK_MS));
    expect(first?.textContent).toBe(String(START + NOW_TICK_MS));
    expect(second?.textContent).toBe(first?.textContent);

    view.unmount();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts from the real time when nobody watched the clock for a while', () => {
    const first = render(<Clock />);
    first.unmount();
    vi.setSystemTime(START + 3 * 60 * MINUTE);
    render(<Clock />);
    expect(screen.getByRole('status').textContent).toBe(String(START + 3 * 60 * MINUTE));
  });
});
