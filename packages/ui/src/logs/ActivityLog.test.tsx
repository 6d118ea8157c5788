import type { LogEntry } from '@integrations-kit/client';
import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { ActivityLog, type ActivityLogProps } from './ActivityLog.js';

const entry = {
  id: 'log-1',
  http_method: 'GET',
  path: '/vault/connections/crm/salesforce',
  status_code: 200,
  success: true,
  timestamp: Date.UTC(2026, 2, 10, 12),
} as LogEntry;

describe('ActivityLog', () => {
  it('keeps Show more, and the focus on it, while the next page loads; a press then starts nothing', () => {
    const onLoadMore = vi.fn();
    const props: ActivityLogProps = { entries: [entry], status: 'ready', errorsOnly: false, hasMore: true, onLoadMore };
    const { rerender } = renderWithKit(<ActivityLog {...props} />);
    screen.getByRole('button', { name: 'Show more' }).focus();

    rerender(<ActivityLog {...props} loadingMore />);
    const more = screen.getByRole('button', { name: 'Show more' });
    expect(more).toHaveFocus();
    expect(more).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByText('Loading more…')).toBeInTheDocument();
    more.click();
    expect(onLoadMore).not.toHaveBeenCalled();
  });
});
