import { isSafeUrl, type Connector } from '@integrations-kit/client';

/** One thing a connector offers (or warns of) that the page shows as a badge. */
export type Capability =
  | { kind: 'beta' | 'early-access' | 'sandbox' }
  | { kind: 'webhooks'; mode: 'native' | 'virtual'; events: string[] }
  | { kind: 'free-trial'; signupUrl: string | undefined };

/** A doc a connector lists (`connector.docs`). */
export type ConnectorDoc = NonNullable<Connector['docs']>[number];

/**
 * The badges of a connector, in the order a person weighs them: how finished it is (beta, early
 * access), webhooks (native, or virtual: Apideck polls), a free trial with its signup page (only a
 * safe https URL) and sandbox credentials. Live connectors and `none` webhooks add nothing.
 *
 * @example getConnectorCapabilities(connector).map((capability) => capability.kind) // ['beta', 'webhooks']
 */
export function getConnectorCapabilities(connector: Connector): Capability[] {
  const capabilities: Capability[] = [];
  if (connector.status === 'beta' || connector.status === 'early-access') capabilities.push({ kind: connector.status });
  const mode = connector.webhook_support?.mode;
  if (mode === 'native' || mode === 'virtual') {
    const events = (connector.supported_events ?? []).flatMap((event) => (event.event_type ? [event.event_type] : []));
    capabilities.push({ kind: 'webhooks', mode, events: [...new Set(events)] });
  }
  if (connector.free_trial_available) {
    const url = connector.signup_url;
    capabilities.push({ kind: 'free-trial', signupUrl: url && isSafeUrl(url) ? url : undefined });
  }
  if (connector.has_sandbox_credentials) capabilities.push({ kind: 'sandbox' });
  return capabilities;
}

/** The connector's consumer connection guide (audience `consumer`, markdown), if it lists one. */
export function consumerGuideOf(connector: Connector | undefined): ConnectorDoc | undefined {
  return connector?.docs?.find(
    (doc) => doc.audience === 'consumer' && doc.id && (doc.format ?? 'markdown') === 'markdown',
  );
}
