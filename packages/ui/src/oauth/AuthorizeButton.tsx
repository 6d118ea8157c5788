import type { Connection } from '@integrations-kit/client';
import { useAuthorize } from '@integrations-kit/hooks';
import { AuthorizeControl, type AuthorizeControlProps } from './AuthorizeControl.js';
import { useFlowToast } from './useFlowToast.js';

/** Props of `AuthorizeButton`. */
export interface AuthorizeButtonProps extends Omit<AuthorizeControlProps, 'flow'> {
  connection: Connection;
  /** Your OAuth callback page (it renders `<OAuthCallback />`); only its origin is trusted. */
  redirectUri: string;
  /** OAuth scopes to request. */
  scope?: string | readonly string[];
  /** Runs once the connection is authorized (the caches already hold it). */
  onAuthorized?: () => void;
  /** How "Continue in this tab" leaves the page; defaults to `window.location.assign` (pass `window.top`'s in an iframe). */
  navigate?: (url: string) => void;
}

/**
 * Connects (or re-authorizes) an OAuth connection: a consent popup for `authorization_code`
 * grants, a direct token request for `client_credentials`/`password`. Shows "Waiting for …" with
 * Cancel, offers "Continue in this tab" when the popup is blocked, and stays disabled with the
 * reason while the integration is not configured or required settings are empty. Once signed in
 * with required settings still empty it says so instead of "connected".
 *
 * @example <AuthorizeButton connection={connection} redirectUri={`${location.origin}/oauth/callback`} />
 */
export function AuthorizeButton(props: AuthorizeButtonProps) {
  const { connection, redirectUri, scope, onAuthorized, navigate, ...rest } = props;
  const onSuccess = useFlowToast('authorize', connection, () => onAuthorized?.());
  const flow = useAuthorize(connection, { redirectUri, scope, navigate, onSuccess });
  return <AuthorizeControl connection={connection} flow={flow} {...rest} />;
}
