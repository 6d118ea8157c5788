import type { Connection } from '@integrations-kit/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { ConnectionStatusBadge } from './ConnectionStatusBadge.js';
import type { ConnectionStatus } from '../connection/getConnectionStatus.js';

/**
 * One label and tone derived from a connection's `state`, `integration_state`, `enabled`, `health`
 * and `consent_state`. Each story below passes the connection fields that lead to that status.
 */
const meta = {
  title: 'Parts/ConnectionStatusBadge',
  component: ConnectionStatusBadge,
  decorators: [inKitRoot],
} satisfies Meta<typeof ConnectionStatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

const from = (connection: Partial<Connection>): Story => ({ args: { connection } });

export const Connected = from({ state: 'callable', enabled: true, health: 'ok' });
export const NeedsConfiguration = from({ state: 'added', integration_state: 'needs_configuration' });
export const InputRequired = from({ state: 'authorized', enabled: true, auth_type: 'oauth2' });
export const InputRequiredApiKey = from({ state: 'added', enabled: true, auth_type: 'apiKey' });
export const NotAuthorized = from({ state: 'added', enabled: true, auth_type: 'oauth2' });
export const Invalid = from({ state: 'invalid', enabled: true });
export const PendingConfirmation = from({ state: 'authorized', enabled: true, health: 'pending_confirmation' });
export const ConsentRequired = from({ state: 'callable', enabled: true, consent_state: 'requires_reconsent' });
export const Degraded = from({ state: 'callable', enabled: true, health: 'degraded' });
export const TokenRevoked = from({ state: 'callable', enabled: true, health: 'revoked' });
export const RevokedAtProvider = from({ state: 'invalid', enabled: true, health: 'revoked' });
export const UnknownHealth = from({ state: 'callable', enabled: true, health: 'sparkly' as Connection['health'] });
export const Disabled = from({ state: 'callable', enabled: false });
export const IntegrationDisabledByAdmin = from({ state: 'callable', integration_state: 'disabled' });
export const NotConnected = from({ state: 'available', enabled: false });
export const UnknownState = from({ state: 'a_state_added_later' as Connection['state'] });

const ALL: ConnectionStatus[] = [
  'connected',
  'needs-configuration',
  'input-required',
  'not-authorized',
  'revoked',
  'invalid',
  'pending-confirmation',
  'consent-required',
  'degraded',
  'disabled',
  'not-connected',
  'unknown',
];

/** Every status side by side, for comparing tones. */
export const AllStatuses: Story = {
  render: () => (
    <div className="ik:flex ik:flex-wrap ik:gap-2">
      {ALL.map((status) => (
        <ConnectionStatusBadge key={status} status={status} />
      ))}
    </div>
  ),
};

export const AllStatusesDark: Story = { ...AllStatuses, globals: { theme: 'dark' } };
export const AllStatusesGerman: Story = { ...AllStatuses, globals: { locale: 'de' } };
