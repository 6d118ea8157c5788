import {
  createMockSessionToken,
  createVaultMock,
  type ConsentUrlParams,
  type MockSessionClaims,
  type VaultMock,
  type VaultMockOptions,
} from '@integrations-kit/mocks';
import { QueryClient } from '@tanstack/react-query';
import { getResponse, http, type RequestHandler } from 'msw';

/**
 * What a story may ask of its mock Vault, under `parameters.vault`:
 *
 * ```ts
 * parameters: { vault: { mock: { connections: [] }, setup: (mock) => mock.fail({ path: /connections$/, status: 500 }) } }
 * ```
 */
export interface VaultParameters {
  /** Options for this story's `createVaultMock` (fixtures, `latency`, `dialect`). */
  mock?: Omit<VaultMockOptions, 'baseUrl' | 'consentUrl'>;
  /** Runs on the fresh mock before the story renders: `fail()`, `setConnection()`. */
  setup?: (mock: VaultMock) => void;
  /** Extra MSW handlers for this story's mock origin, tried before the mock's own (e.g. a request that never answers). */
  handlers?: (baseUrl: string) => RequestHandler[];
  /** `expired`: the provider holds an expired session token, so every request answers 401. */
  session?: 'valid' | 'expired';
  /** Display claims of the session token (`mockSessions.sandbox`, …): settings, theme, consumer. */
  claims?: MockSessionClaims;
  /** `blocked`: `window.open` returns null, as when the browser blocks the popup. */
  popup?: 'allowed' | 'blocked';
}

/** What the vault loader hands to the decorator and to `play` functions (`context.loaded.vault`). */
export interface StoryVault {
  mock: VaultMock;
  /** The token the story's `VaultProvider` uses (the mock's, or an expired one). */
  token: string;
  queryClient: QueryClient;
}

// Every story gets its own mock on its own origin. A docs page renders many stories at once, and the
// service worker's handler list is shared by all of them; one origin per story keeps their state and
// faults apart, whatever order they load and unmount in.
const MOCK_ORIGIN = /^https:\/\/story-(\d+)\.vault-mock\.test\//;
const live = new Map<string, RequestHandler[]>();
const liveMocks = new Map<string, VaultMock>();
let nextStory = 0;

// The mock consent page (in the OAuth popup) reports a revoke, or a consent without nonce, to the
// opener's mock over this same-origin channel; `startVaultWorker` listens to it in apps, and here
// each story's mock (told apart by its app id) does. Mirrors @integrations-kit/mocks' consent
// channel, which the package does not export.
const CONSENT_CHANNEL = 'integrations-kit:mock-vault';
if (typeof BroadcastChannel !== 'undefined') {
  new BroadcastChannel(CONSENT_CHANNEL).onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<
      Record<'type' | 'action' | 'applicationId' | 'unifiedApi' | 'serviceId', string>
    >;
    if (message?.type !== 'integrations-kit:mock-consent' || !message.unifiedApi || !message.serviceId) return;
    const mock = liveMocks.get(message.applicationId ?? '');
    if (message.action === 'revoke') mock?.revoke(message.unifiedApi, message.serviceId);
    else if (message.action === 'authorize') mock?.authorize(message.unifiedApi, message.serviceId);
  };
}

/**
 * The one handler the worker starts with (and returns to on every reset): routes a request to the
 * handlers of the story whose origin it was sent to.
 */
export const storyVaultRouter = http.all(MOCK_ORIGIN, ({ request }) => {
  const handlers = live.get(new URL(request.url).origin);
  return handlers ? getResponse(handlers, request) : undefined;
});

/** Stories link the mock's OAuth pages to other stories of this Storybook, in the same origin. */
export function storyUrl(storyId: string, query: Record<string, string> = {}): string {
  const url = new URL('iframe.html', window.location.href);
  url.search = new URLSearchParams({ id: storyId, viewMode: 'story', ...query }).toString();
  return url.toString();
}

/** The OAuth callback story: what a host's `/oauth/callback` route renders. */
export const CALLBACK_STORY_ID = 'oauth-oauthcallback--popup-callback';
/** The mock provider's consent page, standing in for the provider's own. */
const CONSENT_STORY_ID = 'oauth-mock-provider-consent--consent-page';

/** Creates a fresh mock (and cache) for one story render; `install` puts its handlers in the worker. */
export function createStoryVault(parameters: VaultParameters = {}): StoryVault {
  const story = ++nextStory;
  const baseUrl = `https://story-${story}.vault-mock.test`;
  const mock = createVaultMock({
    ...parameters.mock,
    baseUrl,
    appId: `ik-story-${story}`,
    consentUrl: (params: ConsentUrlParams) => storyUrl(CONSENT_STORY_ID, { ...params }),
  });
  parameters.setup?.(mock);
  const { session, claims } = parameters;
  const token =
    session === 'expired' || claims
      ? createMockSessionToken({
          appId: mock.appId,
          consumerId: mock.consumerId,
          expiresIn: session === 'expired' ? -60 : 3600,
          session: claims,
        })
      : mock.token;
  // Retries off: an error state shows on the first failure instead of after three back-offs.
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return { mock, token, queryClient };
}

/** Makes the worker answer this story's origin until the returned cleanup runs. */
export function installStoryVault(vault: StoryVault, parameters: VaultParameters = {}): () => void {
  const { baseUrl, appId } = vault.mock;
  live.set(baseUrl, [...(parameters.handlers?.(baseUrl) ?? []), ...vault.mock.handlers]);
  liveMocks.set(appId, vault.mock);
  return () => {
    live.delete(baseUrl);
    liveMocks.delete(appId);
    vault.queryClient.clear();
  };
}

/** While a story with `popup: 'blocked'` is shown, `window.open` refuses like a popup blocker. */
export function blockPopups(): () => void {
  const original = window.open;
  window.open = () => null;
  return () => {
    window.open = original;
  };
}
