// The in-memory mock Vault, served by this app's own route handler (app/mock/[...path]) so the
// kit is rendered on the server and hydrated with no service worker in between.
import { createVaultMock } from '@integrations-kit/mocks';

export const mock = createVaultMock();
