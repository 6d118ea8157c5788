import type { Connection } from '@integrations-kit/client';
import { useConnector, useConnectorDoc } from '@integrations-kit/hooks';
import { getDisplayName } from '../connection/getDisplayName.js';
import { usePageSettings } from '../session/usePageSettings.js';
import { ConnectorCapabilities } from './ConnectorCapabilities.js';
import { ConnectorGuide } from './ConnectorGuide.js';
import { consumerGuideOf } from './getConnectorCapabilities.js';

/** Props of {@link ConnectorDetails}. */
export interface ConnectorDetailsProps {
  connection: Connection;
  /** Leave out the guide; defaults to the page's `hideGuides` (the session's `hide_guides`). */
  hideGuide?: boolean | undefined;
  /** Leave out links away from the page; defaults to the page's `isolationMode`. */
  hideLinks?: boolean | undefined;
}

/**
 * The connector's capabilities and its consumer guide for a connection, read from the Connector
 * API through the client's connector path (session token or the host's proxy). While the connector
 * loads, or when the API refuses, it shows nothing: the About section's Vault data (tag line,
 * website, guide link) stands alone.
 *
 * @example <ConnectorDetails connection={connection} />
 */
export function ConnectorDetails({ connection, hideGuide, hideLinks }: ConnectorDetailsProps) {
  const settings = usePageSettings();
  const serviceId = connection.service_id ?? '';
  const { data: connector } = useConnector(serviceId, { enabled: Boolean(serviceId) });
  const guide = consumerGuideOf(connector);
  const showGuide = Boolean(guide) && !(hideGuide ?? settings.hideGuides);
  const doc = useConnectorDoc(serviceId, guide?.id ?? '', { enabled: showGuide });
  if (!connector) return null;
  const name = getDisplayName(connection);
  const links = hideLinks ?? settings.isolationMode;
  return (
    <>
      <ConnectorCapabilities connector={connector} name={name} hideLinks={links} />
      {showGuide ? (
        <ConnectorGuide
          status={doc.isError ? 'failed' : doc.isSuccess ? 'loaded' : 'loading'}
          markdown={doc.data}
          url={guide?.url}
          name={name}
          hideLinks={links}
        />
      ) : null}
    </>
  );
}
