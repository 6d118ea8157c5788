import type { Connection, ConnectionHealth } from '@integrations-kit/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { HealthTimeline } from './HealthTimeline.js';

/**
 * A connection's health in plain language: what it means, a dated history and the one action that
 * fixes it. Every story is told from the same moment (`now`), so its relative times never change.
 */
const meta = {
  title: 'Parts/HealthTimeline',
  component: HealthTimeline,
  decorators: [inKitRoot],
  args: { connection: {}, onReconnect: fn(), onTest: fn() },
} satisfies Meta<typeof HealthTimeline>;

export default meta;
type Story = StoryObj<typeof meta>;

const NOW = Date.UTC(2026, 2, 10, 12, 0, 0);
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const base: Connection = {
  unified_api: 'crm',
  service_id: 'teamleader',
  name: 'Teamleader',
  auth_type: 'oauth2',
  integration_state: 'configured',
  enabled: true,
  state: 'callable',
};

/** A story of `health` (with `extra` fields) whose play finds `says` on screen. */
const story = (health: ConnectionHealth | 'sparkly', says: string, extra: Partial<Connection> = {}): Story => ({
  args: { connection: { ...base, ...extra, health: health as ConnectionHealth }, now: NOW },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(says)).toBeVisible();
  },
});

export const Ok = story('ok', 'Teamleader is working normally.');
export const PendingRefresh = story('pending_refresh', 'Token refresh failed 2 hours ago', {
  last_refresh_failed_at: NOW - 2 * HOUR,
});
export const NeedsAuth = story('needs_auth', 'Access to Teamleader has ended. Reconnect to use it again.', {
  state: 'invalid',
});
export const Revoked = story(
  'revoked',
  'Access was revoked in Teamleader, for example by disconnecting the app there.',
  {
    state: 'invalid',
  },
);
export const MissingSettings = story(
  'missing_settings',
  'Teamleader needs required settings. Fill them in under Settings.',
  { state: 'authorized' },
);
export const NeedsConsent = story('needs_consent', 'Teamleader is waiting for consent to share data.');
export const PendingConfirmation = story(
  'pending_confirmation',
  'The sign-in to Teamleader is waiting to be confirmed.',
  {
    state: 'added',
  },
);
export const Degraded = story('degraded', 'Teamleader could not be reached 3 hours ago', {
  last_downstream_error_at: NOW - 3 * HOUR,
});
/** A `health` value the contract does not list: this one connection reads as unknown. */
export const UnknownHealth = story('sparkly', 'The health of Teamleader could not be determined.');

/** The refresh keeps failing and Vault will delete the credentials in 5 days; Reconnect fixes it. */
export const ExpiringCredentials: Story = {
  args: {
    connection: {
      ...base,
      health: 'pending_refresh',
      last_refresh_failed_at: NOW - 2 * HOUR,
      credentials_expire_at: NOW + 5 * DAY,
    },
    now: NOW,
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Credentials will be deleted in 5 days')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Reconnect' }));
    await expect(args.onReconnect).toHaveBeenCalled();
  },
};

/** The retention window passed: the credentials are gone (times as the live API sends them, ISO). */
export const CredentialsDeleted: Story = {
  args: {
    connection: {
      ...base,
      state: 'invalid',
      health: 'needs_auth',
      last_refresh_failed_at: new Date(NOW - 9 * DAY).toISOString(),
      credentials_expire_at: new Date(NOW - 2 * DAY).toISOString(),
    } as unknown as Connection,
    now: NOW,
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText('Credentials were deleted 2 days ago')).toBeVisible();
  },
};

export const German: Story = { ...ExpiringCredentials, play: undefined, globals: { locale: 'de' } };
