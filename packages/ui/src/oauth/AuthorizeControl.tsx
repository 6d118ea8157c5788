import type { Connection } from '@integrations-kit/client';
import type { UseAuthorizeResult } from '@integrations-kit/hooks';
import { useId, type ComponentPropsWithoutRef } from 'react';
import { buttonClassName } from '../dialog/buttonClassName.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { getDisplayName } from '../card/getDisplayName.js';
import { describeFlowError } from './describeFlowError.js';
import { getAuthorizeBlocker } from './getAuthorizeBlocker.js';
import { getAuthorizeMode, type AuthorizeMode } from './getAuthorizeMode.js';

const TOKEN_GRANTS = new Set<unknown>(['client_credentials', 'password']);

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
  const blocker = getAuthorizeBlocker(connection);
  const tokenFlow = TOKEN_GRANTS.has(connection.oauth_grant_type);
  const mode = getAuthorizeMode(connection);
  const { status, error } = flow;

  const reason =
    blocker?.reason === 'needs-configuration'
      ? m.needsConfiguration(name)
      : blocker?.reason === 'missing-settings'
        ? m.fillInFirst(blocker.labels)
        : null;

  return (
    <div
      data-slot="authorize-button"
      data-status={status}
      data-mode={mode.kind}
      className={cn('ik:flex ik:flex-col ik:items-start ik:gap-2', className)}
      {...props}
    >
      {status === 'pending' ? (
        <div className="ik:flex ik:flex-wrap ik:items-center ik:gap-2">
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
        <AuthorizeAction
          mode={mode}
          name={name}
          reason={reason}
          reasonId={reasonId}
          onAuthorize={flow.authorize}
        />
      )}
      {reason ? (
        <p id={reasonId} className="ik:text-sm ik:text-fg-muted">
          {reason}
        </p>
      ) : null}
      {status === 'blocked' ? (
        <div role="alert" className="ik:flex ik:flex-wrap ik:items-center ik:gap-2 ik:text-sm">
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

/** A small spinning ring; decorative (the button text says what is happening). */
export function Spinner() {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" width="16" height="16" className="ik:animate-spin">
      <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeOpacity="0.25" strokeWidth="2" />
      <path d="M14 8a6 6 0 0 0-6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
