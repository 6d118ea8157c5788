import type { HttpHandler } from 'msw';
import { badRequest, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { consentMismatch, isConsentBody, presentConsentRecord, recordConsent } from '../store/consentTransitions.js';
import type { Route } from './createRoute.js';
import type { MockContext } from './MockContext.js';
import { withConnection } from './withConnection.js';

const CONSENT = '/vault/connections/:unified_api/:service_id/consent';

/**
 * A connection's data-scope consent: `GET` answers its history (newest first), `PATCH` records a
 * decision (grant, deny, revoke) and answers the new record. A decision must fit the app's Data
 * Scopes: the named fields with at most the access the app asks for, or `'*'` when Data Scopes is off
 * (else 422 `ConsentMismatchError`).
 */
export function consentHandlers(ctx: MockContext, route: Route): HttpHandler[] {
  return [
    route(
      'get',
      CONSENT,
      withConnection(ctx, (record) => ok((record.connection.consents ?? []).map(presentConsentRecord))),
    ),
    route(
      'patch',
      CONSENT,
      withConnection(ctx, (record, { body }) => {
        if (!isConsentBody(body)) return badRequest('The body must be { granted, resources }');
        const mismatch = consentMismatch(body.resources, ctx.present.dataScopes);
        if (mismatch) return unprocessable('Consent does not match the Data Scopes', mismatch, 'ConsentMismatchError');
        return ok(presentConsentRecord(recordConsent(ctx.store, record, body)));
      }),
    ),
  ];
}
