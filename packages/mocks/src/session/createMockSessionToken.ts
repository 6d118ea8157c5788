import type { Session } from '@integrations-kit/client';
import { encodeJson } from '../util/base64url.js';

/** The display claims a mock session may carry, as the contract's `Session` names them. */
export interface MockSessionClaims {
  settings?: Partial<NonNullable<Session['settings']>>;
  theme?: Partial<NonNullable<Session['theme']>>;
  consumer_metadata?: Session['consumer_metadata'];
}

/** Options of `createMockSessionToken`. */
export interface MockSessionTokenOptions {
  /** Becomes the `application_id` claim. */
  appId: string;
  /** Becomes the `consumer_id` claim. */
  consumerId: string;
  /** Seconds until `exp`; negative for an already expired token. Defaults to one hour. */
  expiresIn?: number;
  /** `settings`, `theme` and `consumer_metadata` claims, copied into the payload as given (malformed ones too). */
  session?: MockSessionClaims;
}

/**
 * An unsigned Vault session token (JWT: base64url header, payload and signature segments) with the
 * claims the real one carries: `application_id`, `consumer_id`, `iat`, `exp` and, when given, the
 * session's `settings`, `theme` and `consumer_metadata`. The mock's handlers
 * read these claims; nothing checks the signature, exactly like the browser side of the kit.
 *
 * @example createMockSessionToken({ appId: 'ik-demo-app', consumerId: 'acme-user-1', expiresIn: -60 }) // expired
 * createMockSessionToken({ appId, consumerId, session: mockSessions.sandbox }) // shows the sandbox banner
 */
export function createMockSessionToken(options: MockSessionTokenOptions): string {
  const now = Math.floor(Date.now() / 1000);
  const header = encodeJson({ alg: 'none', typ: 'JWT' });
  const payload = encodeJson({
    application_id: options.appId,
    consumer_id: options.consumerId,
    iat: now,
    exp: now + (options.expiresIn ?? 3600),
    ...options.session,
  });
  return `${header}.${payload}.${encodeJson('integrations-kit-mock')}`;
}
