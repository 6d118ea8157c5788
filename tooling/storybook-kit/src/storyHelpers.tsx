import type { Connection, ConnectionRef } from '@integrations-kit/client';
import { OAUTH_MESSAGE_TYPE, useConnection } from '@integrations-kit/hooks';
import { fixtures } from '@integrations-kit/mocks';
import { renderMockConsentPage } from '@integrations-kit/mocks/browser';
import type { Decorator } from '@storybook/react-vite';
import { delay, http, type RequestHandler } from 'msw';
import type { ReactNode } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { CALLBACK_STORY_ID, storyUrl } from './storyVault.js';

/**
 * Presentational parts (badge, icon, card) take the kit's variables from an enclosing `.ik-root`,
 * which a connected block provides in an app; on their own in a story they get one here.
 */
export const inKitRoot: Decorator = (Story) => (
  <div className="ik-root">
    <Story />
  </div>
);

/** The redirect URI stories pass to OAuth parts: the callback story, in this Storybook's origin. */
export function storyRedirectUri(): string {
  return storyUrl(CALLBACK_STORY_ID);
}

/**
 * `parameters.vault.handlers` for a story that stays loading: requests to `path` (under the story's
 * mock origin) never answer.
 */
export function neverAnswer(
  path: string | RegExp,
  method?: 'get' | 'patch' | 'post' | 'delete',
): (baseUrl: string) => RequestHandler[] {
  return (baseUrl) => [
    http[method ?? 'all'](typeof path === 'string' ? `${baseUrl}${path}` : path, () => delay('infinite')),
  ];
}

/** A connection of the mock's fixtures (the story's mock starts from the same ones). */
export function fixtureConnection(unifiedApi: string, serviceId: string): Connection {
  const found = fixtures.connections.find((c) => c.unified_api === unifiedApi && c.service_id === serviceId);
  if (!found) throw new Error(`No fixture connection ${unifiedApi}/${serviceId}`);
  return found;
}

/**
 * Renders `children` with the connection as the story's cache holds it now, so a part that takes a
 * `connection` prop (AuthorizeButton, RevokeButton) shows the result of its own actions.
 */
function LiveConnection({
  unifiedApi,
  serviceId,
  children,
}: ConnectionRef & { children: (connection: Connection) => ReactNode }) {
  const { data } = useConnection({ unifiedApi, serviceId });
  return data ? <>{children(data)}</> : null;
}

/**
 * A story `render` for parts that take a `connection` prop: renders them inside a kit root with the
 * connection as the story's cache holds it now.
 */
export function renderLive<Args extends { connection: Connection }>(
  render: (args: Args, live: Connection) => ReactNode,
) {
  return function RenderLive(args: Args) {
    const { unified_api: unifiedApi = '', service_id: serviceId = '' } = args.connection;
    return (
      <div className="ik-root">
        <LiveConnection unifiedApi={unifiedApi} serviceId={serviceId}>
          {(live) => render(args, live)}
        </LiveConnection>
      </div>
    );
  };
}

const FLOW_TIMEOUT = { timeout: 10_000 };
const openInlinePopups = new Set<() => void>();

/** Undoes every `openPopupsInline` still active (the preview calls it when a story is left). */
export function restoreInlinePopups(): void {
  openInlinePopups.forEach((restore) => restore());
}

/**
 * For `play` functions. A scripted click has no user activation, so a browser blocks the real OAuth
 * popup. Here `window.open` hands the flow a stand-in window (an empty iframe: the source of the
 * callback message), and the mock provider's real consent page renders below the story, reading
 * the URL the flow opened. `choose()` clicks its Allow / Deny (or Disconnect / Cancel) the way a
 * person in another window would, without any pointer or focus event reaching this page (an open
 * modal would take those as an outside click). `returnToOpener()` then delivers the redirect's
 * fragment to the story exactly as `OAuthCallback` posts it from a popup: same origin, from the
 * popup's window. `restore()` undoes it all; leaving the story does too.
 */
export function openPopupsInline() {
  const popup = document.createElement('iframe');
  popup.title = 'OAuth popup window';
  popup.hidden = true;
  const page = document.createElement('div');
  page.setAttribute('data-slot', 'inline-oauth-popup');
  page.style.cssText =
    'margin:16px;padding:16px;border:1px dashed #a1a1aa;border-radius:8px;font-family:system-ui,sans-serif;pointer-events:auto';
  let opened: string | undefined;
  let returnedTo: string | undefined;
  const original = window.open;
  window.open = ((url?: string | URL) => {
    opened = String(url);
    document.body.append(popup, page);
    return popup.contentWindow;
  }) as typeof window.open;

  const restore = () => {
    window.open = original;
    popup.remove();
    page.remove();
    openInlinePopups.delete(restore);
  };
  openInlinePopups.add(restore);

  const render = async () => {
    if (page.firstChild) return;
    const url = await waitFor(() => {
      if (!opened) throw new Error('No popup was opened');
      return new URL(opened);
    }, FLOW_TIMEOUT);
    // The consent page reads its request from `location.search`: lend it the popup's for the render.
    const { href } = window.location;
    window.history.replaceState(window.history.state, '', url.search);
    try {
      renderMockConsentPage(page, { navigate: (target) => (returnedTo = target) });
    } finally {
      window.history.replaceState(window.history.state, '', href);
    }
  };

  return {
    /** Queries scoped to the consent page the flow opened. */
    async consentPage() {
      await render();
      return within(page);
    },
    /** Clicks the consent page's button with this text, as the person in the popup would. */
    async choose(label: 'Allow' | 'Deny' | 'Disconnect' | 'Cancel') {
      await render();
      const button = [...page.querySelectorAll('button')].find((candidate) => candidate.textContent === label);
      if (!button) throw new Error(`The consent page has no "${label}" button`);
      button.click();
    },
    /** Waits for the consent page's decision, then hands the redirect's result to the opener. */
    async returnToOpener() {
      const target = await waitFor(() => {
        if (!returnedTo) throw new Error('The consent page has not answered yet');
        return new URL(returnedTo);
      }, FLOW_TIMEOUT);
      const params = new URLSearchParams(target.hash.replace(/^#/, ''));
      window.dispatchEvent(
        new MessageEvent('message', {
          data: { type: OAUTH_MESSAGE_TYPE, ...Object.fromEntries(params) },
          origin: target.origin,
          source: popup.contentWindow,
        }),
      );
    },
    restore,
  };
}

/**
 * Asserts where keyboard focus is, when this document can hold focus at all: on a docs page each
 * story runs in its own frame and only one frame has focus.
 */
export async function expectFocusOn(element: HTMLElement): Promise<void> {
  if (!document.hasFocus()) return;
  await waitFor(() => expect(element).toHaveFocus());
}
