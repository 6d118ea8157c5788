import type { ConnectionRef } from '@integrations-kit/client';

// Fixture connections the tests act on (see @integrations-kit/mocks fixtures).
/** Callable OAuth CRM connection with settings and a configurable `leads` resource. */
export const PIPEDRIVE: ConnectionRef = { unifiedApi: 'crm', serviceId: 'pipedrive' };
/** OAuth authorization-code connection not yet added (`available`, integration configured). */
export const ONEDRIVE: ConnectionRef = { unifiedApi: 'file-storage', serviceId: 'onedrive' };
/** Callable OAuth connection (re-authorize, revoke). */
export const SALESFORCE: ConnectionRef = { unifiedApi: 'crm', serviceId: 'salesforce' };
/** `client_credentials` grant connection with its credentials saved, waiting for a token. */
export const PERSONIO: ConnectionRef = { unifiedApi: 'hris', serviceId: 'personio' };
/** API-key connection not yet added. */
export const MESSAGEBIRD: ConnectionRef = { unifiedApi: 'sms', serviceId: 'messagebird' };

/** Only the list reads in the mock's log. */
export const listReads = (requests: { method: string; path: string }[]) =>
  requests.filter((request) => request.method === 'GET' && request.path === '/vault/connections');
