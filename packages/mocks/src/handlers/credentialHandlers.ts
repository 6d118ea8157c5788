import type { FormField } from '@integrations-kit/client';
import type { HttpHandler } from 'msw';
import { badRequest, unprocessable } from '../http/apideckError.js';
import { ok } from '../http/ok.js';
import { applyConnectionInput, REJECTED_SECRET } from '../store/applyConnectionInput.js';
import { isSensitive, missingRequired } from '../store/ConnectionRecord.js';
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
      if (body !== undefined && (!isRecord(body) || Object.keys(body).length > 0)) {
        return badRequest('Send no credentials: the body must be empty or {}');
      }
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
      const fields: FormField[] = connection.form_fields ?? [];
      const rejected = fields.some(
        (field) => isSensitive(field) && connection.settings?.[field.id ?? ''] === REJECTED_SECRET,
      );
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
