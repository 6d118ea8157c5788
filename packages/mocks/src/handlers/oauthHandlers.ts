import { isSafeUrl } from '@integrations-kit/client';
import type { HttpHandler } from 'msw';
import { HttpResponse } from 'msw';
import { badRequest, connectionNotFound, errorResponse, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { consentPageHtml } from '../oauth/consentPageHtml.js';
import { createConfirmToken, readConfirmToken } from '../oauth/confirmToken.js';
import { decodeCallbackState, decodeOAuthState, encodeCallbackState } from '../oauth/oauthState.js';
import { missingForAuthorization, usesConsentFlow } from '../store/ConnectionRecord.js';
import { consentRequired } from '../store/consentTransitions.js';
import { grantAccess, revokeAccess } from '../store/oauthTransitions.js';
import { isRecord } from '../util/clone.js';
import type { Route } from './createRoute.js';
import type { MockContext } from './MockContext.js';
import { withConnection } from './withConnection.js';

/** A 302 to `url` (with an optional fragment), as Vault sends the browser back to the app. */
function redirect(url: string, fragment?: Record<string, string>): Response {
  const target = new URL(url);
  if (fragment) target.hash = new URLSearchParams(fragment).toString();
  return new HttpResponse(null, { status: 302, headers: { Location: target.toString() } });
}

/**
 * The OAuth round trip: the consent page (`/vault/authorize`), the provider's return
 * (`/vault/callback`), confirmation (`POST …/confirm`) and revocation (`/vault/revoke`).
 * Authorize, callback and revoke are browser navigations, so they carry no session.
 */
export function oauthHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  // The connection a link's `state` names, when the state is this app's and consumer's.
  const findByState = (serviceId: string, value: string | null) => {
    const state = decodeOAuthState(value);
    if (!state || state.application_id !== ctx.appId || state.consumer_id !== ctx.consumerId) return undefined;
    const record = state.service_id === serviceId ? ctx.store.get(state.unified_api, serviceId) : undefined;
    return record ? { record, state } : undefined;
  };
  const checkNavigation = (applicationId: string | undefined, redirectUri: string) => {
    if (applicationId !== undefined && applicationId !== ctx.appId) {
      return errorResponse(404, { message: 'Unknown Application', detail: `No application ${applicationId}` });
    }
    if (!redirectUri || !isSafeUrl(redirectUri))
      return badRequest('"redirect_uri" must be an https URL (http only on localhost)');
    return undefined;
  };

  return [
    route(
      'post',
      '/vault/connections/:unified_api/:service_id/confirm',
      withConnection(ctx, (record, { body }) => {
        const token = isRecord(body) ? body.confirm_token : undefined;
        if (typeof token !== 'string' || !token) return badRequest('"confirm_token" is required');
        const claims = readConfirmToken(token);
        if (!claims) return badRequest('The confirm token is malformed', 'Invalid confirm token');
        const { connection } = record;
        if (claims.serviceId !== connection.service_id || claims.unifiedApi !== connection.unified_api) {
          return unprocessable('Invalid confirm token', 'The confirm token was issued for another connection');
        }
        if (claims.exp * 1000 <= Date.now())
          return unprocessable('Invalid confirm token', 'The confirm token has expired');
        if (ctx.usedConfirmTokens.has(token))
          return unprocessable('Invalid confirm token', 'The confirm token was already used');
        ctx.usedConfirmTokens.add(token);
        grantAccess(ctx.store, record, true);
        return ok({ confirmed: true });
      }),
    ),

    route(
      'get',
      '/vault/authorize/:service_id/:application_id',
      ({ params, query }) => {
        const redirectUri = query.get('redirect_uri') ?? '';
        const refused = checkNavigation(params.application_id, redirectUri);
        if (refused) return refused;
        if (!query.get('state')) return badRequest('"state" is required');
        const found = findByState(params.service_id ?? '', query.get('state'));
        if (!found) return connectionNotFound('?', params.service_id ?? '');
        const { connection } = found.record;
        if (!usesConsentFlow(connection)) {
          return unprocessable(
            'Authorization not supported',
            `${connection.id} does not use the OAuth authorization code flow`,
          );
        }
        if (connection.integration_state !== 'configured') {
          return unprocessable(
            'Integration not configured',
            `The application has not configured ${connection.name ?? connection.id} yet`,
          );
        }
        // Vault lets no provider grant happen before the consumer consented to the app's Data Scopes.
        if (consentRequired(found.record, ctx.present.dataScopes)) {
          return unprocessable(
            'Consent required',
            `The consumer has not consented to the data ${connection.name ?? connection.id} would share`,
            'ConsentRequiredError',
          );
        }
        const missing = missingForAuthorization(connection);
        if (missing.length) {
          return unprocessable(
            'Missing settings',
            { missing: missing.map((id) => ({ [id]: 'required' })) },
            'MissingSettingsError',
          );
        }
        const nonce = query.get('nonce');
        const html = consentPageHtml({
          connectionName: connection.name ?? connection.service_id ?? '',
          unifiedApi: connection.unified_api ?? '',
          applicationId: ctx.appId,
          scopes: (query.get('scope') ?? '').split(' ').filter(Boolean),
          callbackUrl: `${ctx.baseUrl}/vault/callback`,
          state: encodeCallbackState({ ...found.state, redirect_uri: redirectUri, ...(nonce ? { nonce } : {}) }),
        });
        return HttpResponse.html(html);
      },
      { auth: false },
    ),

    route(
      'get',
      '/vault/callback',
      ({ query }) => {
        const state = decodeCallbackState(query.get('state'));
        if (!state || state.application_id !== ctx.appId || state.consumer_id !== ctx.consumerId) {
          return badRequest('"state" is missing or invalid');
        }
        const refused = checkNavigation(undefined, state.redirect_uri);
        if (refused) return refused;
        const record = ctx.store.get(state.unified_api, state.service_id);
        if (!record) return connectionNotFound(state.unified_api, state.service_id);
        const echo = { ...(state.nonce ? { nonce: state.nonce } : {}), service_id: state.service_id };
        const error = query.get('error');
        if (error) {
          return redirect(state.redirect_uri, {
            error,
            error_description: query.get('error_description') ?? '',
            ...echo,
          });
        }
        if (!query.get('code')) return badRequest('"code" or "error" is required');
        grantAccess(ctx.store, record, !state.nonce);
        if (!state.nonce) return redirect(state.redirect_uri);
        const confirmToken = createConfirmToken({
          serviceId: state.service_id,
          unifiedApi: state.unified_api,
          nonce: state.nonce,
        });
        return redirect(state.redirect_uri, {
          nonce: state.nonce,
          confirm_token: confirmToken,
          service_id: state.service_id,
        });
      },
      { auth: false },
    ),

    route(
      'get',
      '/vault/revoke/:service_id/:application_id',
      ({ params, query }) => {
        const redirectUri = query.get('redirect_uri') ?? '';
        const refused = checkNavigation(params.application_id, redirectUri);
        if (refused) return refused;
        const found = findByState(params.service_id ?? '', query.get('state'));
        if (!found) return badRequest('"state" is missing or invalid');
        revokeAccess(ctx.store, found.record);
        return redirect(redirectUri);
      },
      { auth: false },
    ),
  ];
}
