/** Creates the stateful in-memory Vault: MSW handlers plus controls for tests. */
export { createVaultMock } from './createVaultMock.js';
/** Creates an unsigned session token (JWT) with `application_id`, `consumer_id` and `exp`. */
export { createMockSessionToken } from './session/createMockSessionToken.js';
/** Session display claims, one preset per setting (sandbox, isolation, consumer, theme, …), for `createMockSessionToken`. */
export { mockSessions } from './session/mockSessions.js';
/** Mints a mock confirm token, as the simulated consent page does on Allow. */
export { createConfirmToken } from './oauth/confirmToken.js';
/** Builds a `consentUrl` option that sends OAuth links to a consent page of the host app. */
export { consentPageUrl } from './oauth/consentPageUrl.js';
/** The connections, connectors and custom fields the mock starts from. */
export { fixtures } from './fixtures/fixtures.js';
/** A contract-valid connection for a test, overridden by a patch. */
export { testConnection } from './fixtures/testConnection.js';
/** `count` connections (the fixtures, then numbered copies) for trying the kit at scale. */
export { manyConnections } from './fixtures/manyConnections.js';
/** The secret value a connector with `validation_support` rejects (reaches the `invalid` state). */
export { REJECTED_SECRET } from './store/applyConnectionInput.js';

/** The mock returned by `createVaultMock`. */
export type { VaultMock } from './types.js';
/** Options of `createVaultMock`. */
export type { VaultMockOptions } from './types.js';
/** The shapes the mock answers in where the contract is loose: `live` (default) or `contract`. */
export type { Dialect } from './dialect/Dialect.js';
/** A request the mock's handlers saw. */
export type { RecordedRequest } from './types.js';
/** A fault for `mock.fail()`. */
export type { FailOptions } from './types.js';
/** What a `consentUrl` option receives. */
export type { ConsentUrlParams } from './types.js';
/** Which consent step (`authorize` or `revoke`) a consent URL is for. */
export type { ConsentAction } from './types.js';
/** Custom fields by connection id and resource. */
export type { CustomFieldsFixture } from './types.js';
/** The `persist` option of `createVaultMock`: a storage that keeps the mock's state across page loads. */
export type { PersistOptions, MockStateStorage } from './store/persistState.js';
/** The shape of `fixtures`. */
export type { VaultFixtures } from './fixtures/fixtures.js';
/** Options of `createMockSessionToken`. */
export type { MockSessionTokenOptions } from './session/createMockSessionToken.js';
/** The display claims (`settings`, `theme`, `consumer_metadata`) a mock session token may carry. */
export type { MockSessionClaims } from './session/createMockSessionToken.js';
/** Claims of a mock confirm token. */
export type { ConfirmTokenClaims } from './oauth/confirmToken.js';
