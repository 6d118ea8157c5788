import type { Connection } from '@integrations-kit/client';
import { connectionQueryOptions, useAuthorize, useVaultClient } from '@integrations-kit/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useMessages } from '../i18n/useMessages.js';
import { useToast } from '../toast/useToast.js';
import { AuthorizeControl, type AuthorizeControlProps } from './AuthorizeControl.js';
import { getAuthorizedToast } from './getAuthorizedToast.js';
import { useFlowSuccess } from './useFlowSuccess.js';

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
  const flow = useAuthorize(connection, { redirectUri, scope, navigate });
  const messages = useMessages();
  const { toast } = useToast();
  const client = useVaultClient();
  const queryClient = useQueryClient();
  useFlowSuccess(flow.status, () => {
    // The flow writes the caches before it reports success; the prop may still be the old object.
    const ref = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
    const latest = queryClient.getQueryData(connectionQueryOptions(client, ref).queryKey) ?? connection;
    toast(getAuthorizedToast(latest, messages.oauth));
    onAuthorized?.();
  });
  return <AuthorizeControl connection={connection} flow={flow} {...rest} />;
}
