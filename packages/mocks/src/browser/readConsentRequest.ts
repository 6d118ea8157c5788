import { isSafeUrl } from '@integrations-kit/client';
import { fixtures } from '../fixtures/fixtures.js';
import { decodeOAuthState } from '../oauth/oauthState.js';

/** What the mock consent page was asked to do, read from its query string. */
export interface ConsentRequest {
  action: 'authorize' | 'revoke';
  serviceId: string;
  unifiedApi: string;
  applicationId: string;
  /** The connector's name, or its service id when the catalog does not know it. */
  name: string;
  /** The service's icon from the fixtures, only as a `data:image` URI (the page fetches nothing). */
  icon: string | undefined;
  redirectUri: string;
  nonce: string | undefined;
  /** The `scope` asked for, else the connector's default OAuth scopes from the fixtures. */
  scopes: string[];
}

/**
 * Reads `action`, `service_id`, `unified_api`, `application_id`, `state`, `redirect_uri`, `nonce`
 * and `scope` (what `consentPageUrl` and `buildAuthorizeUrl` put there; the unified API and the
 * application may also come from the mock's `state`). Returns a reason when the request cannot be
 * served, e.g. a `redirect_uri` that is not https (http only on localhost).
 */
export function readConsentRequest(search: string): ConsentRequest | { problem: string } {
  const query = new URLSearchParams(search);
  const state = decodeOAuthState(query.get('state'));
  const serviceId = query.get('service_id') ?? state?.service_id ?? '';
  const unifiedApi = query.get('unified_api') ?? state?.unified_api ?? '';
  const applicationId = query.get('application_id') ?? state?.application_id ?? '';
  const redirectUri = query.get('redirect_uri') ?? '';
  if (!serviceId || !unifiedApi || !applicationId)
    return { problem: 'The link does not say which integration to connect.' };
  if (!isSafeUrl(redirectUri)) return { problem: 'The link has no safe address to return to.' };
  const icon = fixtures.connections.find((connection) => connection.service_id === serviceId)?.icon ?? undefined;
  const connector = fixtures.connectors.find((item) => item.id === serviceId);
  const requested = (query.get('scope') ?? '').split(' ').filter(Boolean);
  return {
    action: query.get('action') === 'revoke' ? 'revoke' : 'authorize',
    serviceId,
    unifiedApi,
    applicationId,
    name: connector?.name ?? serviceId,
    icon: icon?.startsWith('data:image/') && isSafeUrl(icon, { allowImageData: true }) ? icon : undefined,
    redirectUri,
    nonce: query.get('nonce') || undefined,
    // Without a `scope`, Vault asks for the connector's default scopes, so the page lists those.
    scopes: requested.length
      ? requested
      : (connector?.oauth_scopes ?? []).flatMap((scope) => (scope.id ? [scope.id] : [])),
  };
}
