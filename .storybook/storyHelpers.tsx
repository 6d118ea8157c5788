import type { Decorator } from '@storybook/react-vite';
import { delay, http, type RequestHandler } from 'msw';
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
export function neverAnswer(path: string | RegExp): (baseUrl: string) => RequestHandler[] {
  return (baseUrl) => [
    http.all(typeof path === 'string' ? `${baseUrl}${path}` : path, () => delay('infinite')),
  ];
}
