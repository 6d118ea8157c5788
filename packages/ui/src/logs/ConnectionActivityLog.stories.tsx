import { useVaultClient } from '@integrations-kit/hooks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { inKitRoot, type VaultParameters } from '@integrations-kit/storybook-kit';
import { ConnectionActivityLog, type ConnectionActivityLogProps } from './ConnectionActivityLog.js';

const TIMEOUT = { timeout: 5000 };

interface Activity {
  /** How many reads of the connection to make before the log shows. */
  requests?: number;
  /** Whether to add one failing request (a resource the connection does not have). */
  failing?: boolean;
}

// `requests` reads of the connection, and one read of a resource it does not have (a 404), first.
function AfterActivity({ requests = 12, failing = true, ...props }: ConnectionActivityLogProps & Activity) {
  const client = useVaultClient();
  const [done, setDone] = useState(false);
  // Once per story, also when a strict-mode render runs effects twice.
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const ref = { unifiedApi: props.unifiedApi, serviceId: props.serviceId };
    void (async () => {
      for (let index = 0; index < requests; index += 1) await client.connections.get(ref);
      if (failing)
        await client.connectionSettings.list({ ...ref, resource: 'no-such-resource' }).catch(() => undefined);
      setDone(true);
    })();
  }, [client, requests, failing, props.unifiedApi, props.serviceId]);
  return done ? <ConnectionActivityLog {...props} /> : null;
}

/**
 * One connection's activity log on the story's mock, which logs every request it answers: each story
 * first makes real requests for the connection through the kit's client, then shows its log.
 */
const meta = {
  title: 'Parts/ConnectionActivityLog',
  component: AfterActivity,
  decorators: [inKitRoot],
  args: { unifiedApi: 'crm', serviceId: 'salesforce', pageSize: 5 },
} satisfies Meta<typeof AfterActivity>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Errors first: the failed request shows; Errors only off shows everything, page by page. */
export const PageThrough: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const errorsOnly = await canvas.findByRole('checkbox', { name: 'Errors only' }, TIMEOUT);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(1), TIMEOUT);
    await expect(errorsOnly).toBeChecked();
    await userEvent.click(errorsOnly);
    await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(5), TIMEOUT);
    for (const count of [10, 13]) {
      await userEvent.click(canvas.getByRole('button', { name: 'Show more' }));
      await waitFor(() => expect(canvas.getAllByRole('listitem')).toHaveLength(count), TIMEOUT);
    }
    await expect(canvas.queryByRole('button', { name: 'Show more' })).toBeNull();
  },
};

/** No request was made for the connection yet. */
export const NoActivity: Story = {
  args: { requests: 0, failing: false },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByText('No activity yet.', {}, TIMEOUT)).toBeVisible();
  },
};

/** The log cannot be read: the reason and Try again. */
export const LoadFailed: Story = {
  parameters: {
    vault: {
      setup: (mock) => mock.fail({ method: 'GET', path: '/vault/logs', status: 500 }),
    } satisfies VaultParameters,
  },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, TIMEOUT)).toBeVisible();
  },
};

/** Page through, in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };
