import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';

/**
 * A fresh cache for one test: nothing is garbage-collected and nothing is retried, so an error
 * shows on the first failure. `kitRetry` keeps the queries' retry unset, so the kit's own policy
 * (`VaultProvider` applies it) runs; `config` is merged on top.
 */
export function createTestQueryClient({
  kitRetry = false,
  ...config
}: QueryClientConfig & { kitRetry?: boolean } = {}): QueryClient {
  return new QueryClient({
    ...config,
    defaultOptions: {
      queries: kitRetry ? { gcTime: Infinity } : { retry: false, gcTime: Infinity },
      mutations: { retry: false },
      ...config.defaultOptions,
    },
  });
}
