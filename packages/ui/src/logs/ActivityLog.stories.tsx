import type { LogEntry } from '@integrations-kit/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { ActivityLog } from './ActivityLog.js';

/**
 * A connection's activity log from props, one story per state a person can meet. Entries are told
 * from a fixed moment so their times never change; `ConnectionActivityLog` stories read the mock.
 */
const meta = {
  title: 'Parts/ActivityLog',
  component: ActivityLog,
  decorators: [inKitRoot],
  args: { entries: [], status: 'ready', errorsOnly: false, onErrorsOnlyChange: fn(), onLoadMore: fn(), onRetry: fn() },
} satisfies Meta<typeof ActivityLog>;

export default meta;
type Story = StoryObj<typeof meta>;

const START = Date.UTC(2026, 2, 10, 12, 0, 0);
const PATHS = [
  ['GET', '/vault/connections/crm/salesforce', 200],
  ['PATCH', '/vault/connections/crm/salesforce', 200],
  ['GET', '/vault/connections/crm/salesforce/leads/config', 200],
  ['POST', '/vault/connections/crm/salesforce/validate', 401],
  ['GET', '/vault/connections/crm/salesforce/consent', 200],
  ['PATCH', '/vault/connections/crm/salesforce/leads/config', 422],
  ['GET', '/vault/connections/crm/salesforce', 503],
] as const;
const ERRORS: Record<number, string> = {
  401: 'Refresh token is invalid',
  422: 'Invalid request: body /configuration/0/defaults/0/value must be string',
  503: 'Service unavailable',
};

/** `count` requests, newest first, a minute apart. */
function entries(count: number): LogEntry[] {
  return Array.from({ length: count }, (_, index) => {
    const [method, path, status] = PATHS[index % PATHS.length] ?? PATHS[0];
    return {
      id: `log-${index}`,
      api_style: 'REST',
      base_url: 'unify.apideck.com',
      child_request: false,
      has_children: false,
      parent_id: null,
      consumer_id: 'acme-user-1',
      duration: 180 + ((index * 37) % 400),
      execution: 200 + ((index * 37) % 400),
      latency: 20 + ((index * 13) % 60),
      http_method: method,
      path,
      operation: { id: 'connectionsOne', name: 'Get connection' },
      sandbox: false,
      service: { id: 'apideck-vault', name: 'Apideck Vault' },
      status_code: status,
      success: status < 400,
      error_message: ERRORS[status] ?? null,
      timestamp: START - index * 60_000,
      unified_api: 'vault',
    };
  });
}

const failed = entries(40).filter((entry) => !entry.success);

/** Nothing was asked of the connection yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('No activity yet.')).toBeVisible();
  },
};

/** The first page is on its way. */
export const Loading: Story = { args: { status: 'loading' } };

/** The first page failed: nothing to show, the reason and Try again. */
export const LoadFailed: Story = {
  args: { status: 'error', failure: 'The connection to Vault failed. Check your network and try again.' },
  play: async ({ canvasElement, args }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Try again is reading a later page: the failure stays, its button busy, and a press does nothing. */
export const PageRetrying: Story = {
  args: {
    entries: entries(20),
    hasMore: true,
    loadingMore: true,
    retrying: true,
    pageFailure: 'Vault is not available right now.',
  },
  play: async ({ canvasElement, args }) => {
    const retry = within(canvasElement).getByRole('button', { name: 'Try again' });
    await expect(retry).toHaveAttribute('aria-busy', 'true');
    await userEvent.click(retry);
    await expect(args.onRetry).not.toHaveBeenCalled();
  },
};

/** A later page failed: the entries already shown stay, with the reason and Try again. */
export const PageFailed: Story = {
  args: { entries: entries(20), hasMore: true, pageFailure: 'Vault is not available right now.' },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(20);
    await expect(canvas.getByRole('alert')).toHaveTextContent('More activity could not be loaded.');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledOnce();
  },
};

/** Many requests, with more to load; an entry opens to its details. */
export const ManyEntries: Story = {
  args: { entries: entries(40), hasMore: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first] = canvas.getAllByRole('listitem');
    await userEvent.click((first as HTMLElement).querySelector('summary') as HTMLElement);
    await expect(within(first as HTMLElement).getByText('Latency')).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show more' })).toBeVisible();
  },
};

/** The next page is loading below the entries shown. */
export const LoadingMore: Story = { args: { entries: entries(20), hasMore: true, loadingMore: true } };

/** Errors first: only the failed requests, each with its error message. */
export const ErrorsOnly: Story = {
  args: { entries: failed, errorsOnly: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getAllByRole('listitem')[0]?.querySelector('summary') as HTMLElement);
    await expect(canvas.getByText('Refresh token is invalid')).toBeVisible();
  },
};

/** Errors only, and none failed. */
export const NoErrors: Story = { args: { errorsOnly: true } };

/** Many requests, in the dark theme. */
export const Dark: Story = { args: ManyEntries.args, globals: { theme: 'dark' } };

/** Errors only, in German. */
export const German: Story = { args: ErrorsOnly.args, globals: { locale: 'de' } };
