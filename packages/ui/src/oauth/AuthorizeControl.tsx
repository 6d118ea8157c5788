import type { Connection } from '@integrations-kit/client';
import type { UseAuthorizeResult } from '@integrations-kit/hooks';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { describeFlowError } from '../errors/describeFlowError.js';
import type { AuthorizeBlocker } from '../connection/getAuthorizeBlocker.js';
import type { AuthorizeMode } from '../connection/getAuthorizeMode.js';
import type { Messages } from '../i18n/messages.js';
import { getConnectionReadiness } from '../connection/getConnectionReadiness.js';
import { Spinner } from '../primitives/Progress.js';

const TOKEN_GRANTS = new Set<unknown>(['client_credentials', 'password']);
const row = 'ik:flex ik:flex-wrap ik:items-center ik:gap-2';

/** Props of {@link AuthorizeControl}. */
export interface AuthorizeControlProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  connection: Connection;
  /** The flow to show and drive (`useAuthorize`), owned by the caller so it outlives this view. */
  flow: UseAuthorizeResult;
}

/**
 * The authorize button with everything around it: the reason it is disabled, the waiting state
 * with Cancel, the popup-blocked fallback and the failure message. A connection already signed in
 * that waits for required settings gets a note naming them and Re-authorize as a secondary action.
 */
export function AuthorizeControl({ connection, flow, className, ...props }: AuthorizeControlProps) {
  const messages = useMessages();
  const m = messages.oauth;
  const reasonId = useId();
  const name = getDisplayName(connection);
  const { authorizeBlocker: blocker, authorizeMode: mode } = getConnectionReadiness(connection);
  const tokenFlow = TOKEN_GRANTS.has(connection.oauth_grant_type);
  const { status, error } = flow;

  const reason = blocker ? blockerReason(blocker, name, messages) : null;

  return (
    <div
      data-slot="authorize-button"
      data-status={status}
      data-mode={mode.kind}
      className={cn('ik:flex ik:flex-col ik:items-start ik:gap-2', className)}
      {...props}
    >
      {status === 'pending' ? (
        <div className={row}>
          <button type="button" className={buttonClassName('primary')} disabled aria-busy="true">
            <Spinner />
            {tokenFlow ? m.connecting(name) : m.waiting(name)}
          </button>
          {tokenFlow ? null : (
            <button type="button" className={buttonClassName('secondary')} onClick={flow.cancel}>
              {m.cancel}
            </button>
          )}
        </div>
      ) : (
        <AuthorizeAction mode={mode} name={name} reason={reason} reasonId={reasonId} onAuthorize={flow.authorize} />
      )}
      {reason ? (
        <p id={reasonId} className="ik:text-sm ik:text-fg-muted">
          {reason}
        </p>
      ) : null}
      {status === 'blocked' ? (
        <div role="alert" className={`${row} ik:text-sm`}>
          <span>{m.blocked(name)}</span>
          <button type="button" className={buttonClassName('secondary')} onClick={flow.redirect}>
            {m.continueHere}
          </button>
        </div>
      ) : null}
      {status === 'error' && error ? (
        <p role="alert" className="ik:text-sm ik:text-danger">
          {describeFlowError(error, name, messages)}
        </p>
      ) : null}
    </div>
  );
}

/** Why Authorize is disabled, in words. */
function blockerReason(blocker: NonNullable<AuthorizeBlocker>, name: string, messages: Messages): string {
  switch (blocker.reason) {
    case 'needs-configuration':
      return messages.oauth.needsConfiguration(name);
    case 'consent-required':
      return messages.consent.authorizeWaits(name);
    case 'missing-settings':
      return messages.oauth.fillInFirst(blocker.labels);
  }
}

interface AuthorizeActionProps {
  mode: AuthorizeMode;
  name: string;
  reason: string | null;
  reasonId: string;
  onAuthorize: () => void;
}

/** The idle action: Connect (primary), Re-authorize (secondary), or the finish-settings note with Re-authorize. */
function AuthorizeAction({ mode, name, reason, reasonId, onAuthorize }: AuthorizeActionProps) {
  const m = useMessages().oauth;
  const variant = mode.kind === 'connect' ? 'primary' : 'secondary';
  const button = (
    <button
      type="button"
      data-variant={variant}
      className={buttonClassName(variant)}
      disabled={reason !== null}
      aria-describedby={reason ? reasonId : undefined}
      onClick={() => {
        if (reason === null) onAuthorize();
      }}
    >
      {mode.kind === 'connect' ? m.connect(name) : m.reauthorize}
    </button>
  );
  if (mode.kind !== 'finish-settings') return button;
  return (
    <div className="ik:flex ik:flex-wrap ik:items-center ik:justify-between ik:gap-3 ik:self-stretch ik:rounded-control ik:bg-surface-muted ik:p-3 ik:text-sm">
      <p>{m.finishSettings(name, mode.labels)}</p>
      {button}
    </div>
  );
}
