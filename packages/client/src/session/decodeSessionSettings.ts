import type { Session } from '../types.js';
import { isSafeUrl } from '../urls/isSafeUrl.js';
import { readTokenPayload } from './decodeSessionToken.js';

type ContractSettings = NonNullable<Session['settings']>;
type ContractTheme = NonNullable<Session['theme']>;
type ContractConsumer = NonNullable<Session['consumer_metadata']>;

/** An action a session may allow on a connection (`settings.allow_actions` of the contract). */
export type SessionAction = NonNullable<ContractSettings['allow_actions']>[number];

/**
 * The display settings a Vault session token carries, validated claim by claim: each field is
 * present only when the token held it with the contract's type (URLs only when safe to link).
 */
export interface SessionSettings {
  settings: Partial<
    Pick<
      ContractSettings,
      | 'hide_resource_settings'
      | 'allow_actions'
      | 'show_logs'
      | 'show_suggestions'
      | 'hide_guides'
      | 'sandbox_mode'
      | 'isolation_mode'
    >
  > & {
    /** Any unified API id: one newer than the contract the kit was built on still filters. */
    unified_apis?: string[];
  };
  theme: Partial<Pick<ContractTheme, 'primary_color' | 'vault_name' | 'privacy_url' | 'terms_url'>>;
  consumer_metadata: Partial<ContractConsumer>;
}

type Check = (value: unknown) => boolean;

const isBoolean: Check = (value) => typeof value === 'boolean';
const isText: Check = (value) => typeof value === 'string' && value.trim() !== '';
const isLink: Check = (value) => typeof value === 'string' && isSafeUrl(value);
// An avatar may also be an inline image, as connector icons may (never an active document).
const isImage: Check = (value) => typeof value === 'string' && isSafeUrl(value, { allowImageData: true });
const isTextList: Check = (value) => Array.isArray(value) && value.every(isText);
const sessionActions = new Set<unknown>(['delete', 'disconnect', 'reauthorize', 'disable'] satisfies SessionAction[]);

/** What a claim reads as: the value kept (none: dropped) and whether it was malformed (warned about). */
type Reading = { value?: unknown; malformed: boolean };
type Read = (value: unknown) => Reading;

const whole =
  (check: Check): Read =>
  (value) =>
    check(value) ? { value, malformed: false } : { malformed: true };

// A restricting claim fails closed: dropping it would read as absent, and absent allows every
// action. Unknown entries are left out on their own; a claim that is no list allows none.
const readActions: Read = (value) => {
  if (!Array.isArray(value)) return { value: [], malformed: true };
  const known = value.filter((action) => sessionActions.has(action));
  return { value: known, malformed: known.length < value.length };
};

const settingsChecks: Record<keyof SessionSettings['settings'], Read> = {
  unified_apis: whole(isTextList),
  hide_resource_settings: whole(isBoolean),
  allow_actions: readActions,
  show_logs: whole(isBoolean),
  show_suggestions: whole(isBoolean),
  hide_guides: whole(isBoolean),
  sandbox_mode: whole(isBoolean),
  isolation_mode: whole(isBoolean),
};
const themeChecks: Record<keyof SessionSettings['theme'], Read> = {
  primary_color: whole(isText),
  vault_name: whole(isText),
  privacy_url: whole(isLink),
  terms_url: whole(isLink),
};
const consumerChecks: Record<keyof ContractConsumer, Read> = {
  account_name: whole(isText),
  user_name: whole(isText),
  email: whole(isText),
  image: whole(isImage),
};

/**
 * Reads the display settings (`settings`, `theme`, `consumer_metadata`) from a Vault session token
 * without a request and without checking its signature: the browser cannot verify it (the secret
 * stays with Apideck) and need not, since these claims only shape what the page shows while the
 * API checks the token on every call. A claim that is malformed or of an unknown type is dropped on
 * its own with one `console.warn`; the rest still apply. `allow_actions` fails closed instead:
 * unknown actions are left out (with the warning) and a value that is no list allows none. Never throws; an unreadable token gives
 * empty settings.
 *
 * @example decodeSessionSettings(token).settings.sandbox_mode // true
 */
export function decodeSessionSettings(token: string): SessionSettings {
  const payload = readTokenPayload(token) ?? {};
  return {
    settings: pick<SessionSettings['settings']>(payload, 'settings', settingsChecks),
    theme: pick<SessionSettings['theme']>(payload, 'theme', themeChecks),
    consumer_metadata: pick<SessionSettings['consumer_metadata']>(payload, 'consumer_metadata', consumerChecks),
  };
}

function pick<T extends object>(payload: Record<string, unknown>, group: string, checks: Record<keyof T, Read>): T {
  const claims = payload[group];
  if (claims === undefined) return {} as T;
  if (typeof claims !== 'object' || claims === null || Array.isArray(claims)) {
    warn(group);
    return {} as T;
  }
  const picked: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined || value === null) continue;
    // Own keys only: a claim named "constructor" or "__proto__" is unknown, not inherited.
    const read = Object.hasOwn(checks, name) ? checks[name as keyof T] : undefined;
    if (!read) continue;
    const reading = read(value);
    if (reading.malformed) warn(`${group}.${name}`);
    if ('value' in reading) picked[name] = reading.value;
  }
  return picked as T;
}

function warn(claim: string): void {
  console.warn(`[integrations-kit] Ignoring the session token's malformed "${claim}" claim.`);
}
