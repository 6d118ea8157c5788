import type { Connector } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import type { CapabilityMessages } from '../i18n/capabilityMessages.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { ExternalLink } from '../primitives/ExternalLink.js';
import { getConnectorCapabilities, type Capability } from './getConnectorCapabilities.js';

/** Props of {@link ConnectorCapabilities}. */
export interface ConnectorCapabilitiesProps extends ComponentPropsWithoutRef<'ul'> {
  connector: Connector;
  /** The connection's display name, for the list's label and the trial link. */
  name: string;
  /** Leave out the trial's signup link (the session's `isolation_mode`). */
  hideLinks?: boolean | undefined;
}

const badgeClassName =
  'ik:inline-flex ik:items-center ik:rounded-full ik:px-2 ik:py-0.5 ik:text-xs ik:font-medium ik:whitespace-nowrap';
// Maturity warns, the rest informs.
const toneClassName: Record<Capability['kind'], string> = {
  beta: 'ik:bg-warning/12 ik:text-warning',
  'early-access': 'ik:bg-warning/12 ik:text-warning',
  webhooks: 'ik:bg-surface-muted ik:text-fg',
  'free-trial': 'ik:bg-success/12 ik:text-success',
  sandbox: 'ik:bg-surface-muted ik:text-fg',
};

const labelOf = (capability: Capability, m: CapabilityMessages): string => {
  switch (capability.kind) {
    case 'beta':
      return m.beta;
    case 'early-access':
      return m.earlyAccess;
    case 'webhooks':
      return capability.mode === 'native' ? m.webhooksNative : m.webhooksVirtual;
    case 'free-trial':
      return m.freeTrial;
    case 'sandbox':
      return m.sandbox;
  }
};

/**
 * What a connector offers, as badges: beta or early access, webhooks (native or polled, with the
 * events they deliver), a free trial with its signup link, sandbox credentials. Renders nothing
 * for a connector with none of these.
 *
 * @example <ConnectorCapabilities connector={connector} name="Salesforce" />
 */
export function ConnectorCapabilities({ connector, name, hideLinks, className, ...props }: ConnectorCapabilitiesProps) {
  const m = useMessages().capabilities;
  const capabilities = getConnectorCapabilities(connector);
  if (capabilities.length === 0) return null;
  return (
    <ul
      data-slot="connector-capabilities"
      aria-label={m.label(name)}
      className={cn('ik:flex ik:flex-wrap ik:items-start ik:gap-2', className)}
      {...props}
    >
      {capabilities.map((capability) => (
        <li key={capability.kind} data-capability={capability.kind} className="ik:flex ik:flex-col ik:gap-1 ik:text-sm">
          <span className={cn(badgeClassName, toneClassName[capability.kind])}>{labelOf(capability, m)}</span>
          {capability.kind === 'webhooks' && capability.events.length > 0 ? (
            <details className="ik:text-xs ik:text-fg-muted">
              <summary className="ik:cursor-pointer">{m.events(capability.events.length)}</summary>
              <ul className="ik:mt-1 ik:font-mono">
                {capability.events.map((event) => (
                  <li key={event}>{event}</li>
                ))}
              </ul>
            </details>
          ) : null}
          {capability.kind === 'free-trial' && capability.signupUrl && !hideLinks ? (
            <ExternalLink href={capability.signupUrl} newTab={m.newTab} className="ik:text-xs">
              {m.startTrial(name)}
            </ExternalLink>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
