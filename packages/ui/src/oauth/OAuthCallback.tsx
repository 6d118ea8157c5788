import { handleOAuthCallback, type OAuthCallbackResult } from '@integrations-kit/hooks';
import { useEffect, useRef, useState, type ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useStableCallback } from '../lib/useStableCallback.js';

/** Props of `OAuthCallback`. */
export interface OAuthCallbackProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /**
   * Called with what the page found. For a same-tab return (`isSameTabCallback()`: the user chose
   * "Continue in this tab"), mount `useOAuthRedirectResult()` instead, or from here, to finish.
   */
  onResult?: (result: OAuthCallbackResult) => void;
}

/**
 * Renders your OAuth callback route (the `redirectUri`): hands the provider's answer to the
 * window that opened the popup, addressed to this page's own origin only (by `postMessage`, and by
 * `BroadcastChannel` and `storage` event when the provider's COOP severed the opener), and closes
 * the popup.
 * Shows "You can close this window", or the provider's error text. Needs no provider.
 *
 * @example <Route path="/oauth/callback" element={<OAuthCallback />} />
 */
export function OAuthCallback({ onResult, className, ...props }: OAuthCallbackProps) {
  const messages = useMessages().oauth.callback;
  const [result, setResult] = useState<OAuthCallbackResult | null>(null);
  const handled = useRef(false);
  const report = useStableCallback(onResult);

  useEffect(() => {
    // Once per page: the fragment's token is single-use, and the first run removes it from the URL.
    if (handled.current) return;
    handled.current = true;
    const outcome = handleOAuthCallback();
    setResult(outcome);
    report(outcome);
  }, [report]);

  const status = callbackStatus(result);
  const error = result?.message.error;
  const description = status === 'error' ? result?.message.error_description : undefined;

  return (
    <div
      data-slot="oauth-callback"
      data-status={status}
      className={cn('ik-root ik:flex ik:flex-col ik:gap-2 ik:p-6 ik:text-center', className)}
      {...props}
    >
      <p role={status === 'error' ? 'alert' : 'status'} className="ik:text-base ik:font-medium">
        {status === 'error' && error === 'access_denied' ? messages.denied : messages[status]}
      </p>
      {description ? <p className="ik:text-sm ik:text-fg-muted">{description}</p> : null}
    </div>
  );
}

type CallbackStatus = 'working' | 'done' | 'error' | 'noOpener';

function callbackStatus(result: OAuthCallbackResult | null): CallbackStatus {
  if (!result) return 'working';
  if (result.message.error) return 'error';
  if (result.posted) return 'done';
  // Reached by the same-tab flow: the page's useOAuthRedirectResult() finishes the connection.
  return result.message.nonce ? 'working' : 'noOpener';
}
