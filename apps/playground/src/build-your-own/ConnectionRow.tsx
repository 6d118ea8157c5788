import type { Connection } from '@integrations-kit/client';
import { useAuthorize, useToggleConnection } from '@integrations-kit/hooks';
import { OAUTH_REDIRECT_URI } from '../session/redirectUri.js';

const AUTHORIZE_LABELS = {
  idle: 'Connect',
  pending: 'Waiting…',
  success: 'Connect',
  error: 'Try again',
  blocked: 'Connect',
};

/** One connection: its state, an enabled switch and, for OAuth, a connect button. */
export function ConnectionRow({ connection }: { connection: Connection }) {
  const ref = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
  const toggle = useToggleConnection();
  const { authorize, cancel, redirect, status, error } = useAuthorize(connection, { redirectUri: OAUTH_REDIRECT_URI });
  const needsAuthorization = connection.auth_type === 'oauth2' && connection.state !== 'callable';
  const switchId = `byo-enabled-${ref.unifiedApi}-${ref.serviceId}`;

  return (
    <li className="byo-row" data-state={connection.state}>
      <div>
        <strong>{connection.name}</strong>
        <span className="acme-muted">
          {' '}
          {ref.unifiedApi} · {connection.state}
          {connection.enabled ? '' : ' · disabled'}
        </span>
      </div>
      <div className="byo-actions">
        <label htmlFor={switchId}>
          <input
            id={switchId}
            type="checkbox"
            checked={Boolean(connection.enabled)}
            disabled={toggle.isPending}
            onChange={(event) => toggle.mutate({ ...ref, enabled: event.target.checked })}
          />{' '}
          Enabled
        </label>
        {needsAuthorization ? (
          <button type="button" className="acme-button" disabled={status === 'pending'} onClick={authorize}>
            {AUTHORIZE_LABELS[status]}
          </button>
        ) : null}
        {status === 'pending' ? (
          <button type="button" className="acme-button acme-button-secondary" onClick={cancel}>
            Cancel
          </button>
        ) : null}
        {status === 'blocked' ? (
          <button type="button" className="acme-button acme-button-secondary" onClick={redirect}>
            Popup blocked: continue in this tab
          </button>
        ) : null}
      </div>
      {error ? <p role="alert">{error.message}</p> : null}
      {toggle.error ? <p role="alert">{toggle.error.message}</p> : null}
    </li>
  );
}
