/** A connection for tests: a working API-key connection unless `patch` says otherwise. */
export { testConnection } from '@integrations-kit/mocks';
