import type { Connector } from '@integrations-kit/client';
import type { ConnectorAuth } from '../session/authenticateConnector.js';
import type { ConnectionStore } from '../store/ConnectionStore.js';
import type { PresentContext } from '../store/presentConnection.js';
import type { CustomFieldsFixture } from '../types.js';

/** The state and settings every handler reads. */
export interface MockContext {
  baseUrl: string;
  appId: string;
  consumerId: string;
  store: ConnectionStore;
  connectors: Connector[];
  connectorAuth: ConnectorAuth;
  customFields: CustomFieldsFixture;
  present: PresentContext;
  /** Confirm tokens already spent (each is single-use). */
  usedConfirmTokens: Set<string>;
}
