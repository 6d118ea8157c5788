// The in-memory mock Vault, served by this app's own route handler (app/mock/[...path]) so the
// kit is rendered on the server and hydrated without a service worker in between.
import { createVaultMock } from '@integrations-kit/mocks';

/** Where the mock's handlers think they live; the route handler rewrites requests to it. */
export const MOCK_ORIGIN = 'https://vault.mock.invalid';

export const mock = createVaultMock({ baseUrl: MOCK_ORIGIN });
