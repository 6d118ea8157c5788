import type { HttpHandler } from 'msw';
import { badRequest, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { applyConnectionInput } from '../store/applyConnectionInput.js';
import { missingRequired } from '../store/ConnectionRecord.js';
import { checkConnection, hasRejectedSecret, type CheckFailure } from '../store/healthTransitions.js';
import { presentConnection } from '../store/presentConnection.js';
import { isRecord } from '../util/clone.js';
import type { Route } from './createRoute.js';
import { withConnection } from './withConnection.js';
import type { MockContext } from './MockContext.js';
import { refusal } from './refusal.js';

const TOKEN_GRANTS = new Set<unknown>(['client_credentials', 'password']);
const CREDENTIAL_KEYS = new Set(['access_token', 'refresh_token', 'issued_at', 'expires_in']);

/**
 * `POST …/import`: stores OAuth tokens obtained elsewhere (plus settings and metadata) on an OAuth
 * connection, which makes it authorized, then callable once required settings are filled.
 */
export function importHandler(ctx: MockContext, route: Route): HttpHandler {
  return route(
    'post',
    '/vault/connections/:unified_api/:service_id/import',
    withConnection(ctx, (record, { body }) => {
      if (!isRecord(body)) return badRequest('The body must be { credentials, settings?, metadata? }');
      const { credentials } = body;
      if (!isRecord(credentials) || Object.keys(credentials).some((key) => !CREDENTIAL_KEYS.has(key))) {
        return badRequest('"credentials" must be an object with access_token, refresh_token, issued_at or expires_in');
      }
      if (typeof credentials.access_token !== 'string' && typeof credentials.refresh_token !== 'string') {
        return badRequest('"credentials" needs an access_token or a refresh_token');
      }
      if (record.connection.auth_type !== 'oauth2') {
        return unprocessable(
          'Import not supported',
          `${record.connection.id} does not use OAuth; save its settings instead`,
        );
      }
      const result = applyConnectionInput(record, { settings: body.settings, metadata: body.metadata, enabled: true });
      if (result.kind !== 'ok') return refusal(result);
      record.credentials = 'valid';
      delete record.condition;
      ctx.store.touch(record);
      return ok(presentConnection(record, ctx.present));
    }),
  );
}

/**
 * `POST …/token`: exchanges the stored credentials of a `client_credentials` or `password` grant
 * connection for an access token (never returned), making it callable. Other connections, or
 * missing credentials, get a 422; a rejected secret (see `REJECTED_SECRET`) makes it `invalid`.
 */
export function tokenHandler(ctx: MockContext, route: Route): HttpHandler {
  return route(
    'post',
    '/vault/connections/:unified_api/:service_id/token',
    withConnection(ctx, (record, { body }) => {
      const refused = refuseCredentials(body);
      if (refused) return refused;
      const { connection } = record;
      if (connection.auth_type !== 'oauth2' || !TOKEN_GRANTS.has(connection.oauth_grant_type)) {
        return unprocessable(
          'Token exchange not supported',
          `${connection.id} does not use the client_credentials or password grant`,
        );
      }
      if (!record.added)
        return unprocessable('Connection not added', `Add ${connection.id} and save its settings first`);
      const missing = missingRequired(connection);
      if (missing.length) {
        return unprocessable(
          'Missing settings',
          { missing: missing.map((id) => ({ [id]: 'required' })) },
          'MissingSettingsError',
        );
      }
      const rejected = hasRejectedSecret(connection);
      record.credentials = rejected ? 'invalid' : 'valid';
      ctx.store.touch(record);
      if (rejected) {
        return unprocessable(
          'Token request failed',
          'The provider rejected the client credentials (invalid_client)',
          'ConnectorCredentialsError',
        );
      }
      return ok(presentConnection(record, ctx.present));
    }),
  );
}

/**
 * `POST …/validate`: checks the stored credentials and answers `{ id, state }`. A failed check is a
 * 422 naming why (settings missing, not signed in, credentials or refresh rejected); a rejection
 * changes the connection the way Vault does (`invalid`, or a new refresh failure; see `checkConnection`).
 */
export function validateHandler(ctx: MockContext, route: Route): HttpHandler {
  return route(
    'post',
    '/vault/connections/:unified_api/:service_id/validate',
    withConnection(ctx, (record, { body }) => {
      const refused = refuseCredentials(body);
      if (refused) return refused;
      const failure = checkConnection(ctx.store, record, Date.now());
      if (failure) return failed(failure, record.connection.id ?? '');
      return ok({ id: record.connection.id, state: record.connection.state });
    }),
  );
}

function failed(failure: CheckFailure, id: string): Response {
  switch (failure.kind) {
    case 'not-added':
      return unprocessable('Connection not added', `Add ${id} and save its settings first`);
    case 'not-authorized':
      return unprocessable('Connection not authorized', `Authorize ${id} first`);
    case 'missing':
      return unprocessable(
        'Missing settings',
        { missing: failure.missing.map((field) => ({ [field]: 'required' })) },
        'MissingSettingsError',
      );
    case 'rejected':
      return unprocessable('Connection check failed', failure.detail, 'ConnectorCredentialsError');
  }
}

// Both checks use what Vault stores: the contract forbids sending credentials with them.
function refuseCredentials(body: unknown): Response | null {
  return body !== undefined && (!isRecord(body) || Object.keys(body).length > 0)
    ? badRequest('Send no credentials: the body must be empty or {}')
    : null;
}
