import type { Page } from 'playwright-core';

interface PreviewWindow extends Window {
  __STORYBOOK_PREVIEW__?: { currentRender?: { id?: string; phase?: string } };
  __STORYBOOK_ADDONS_CHANNEL__?: { emit: (event: string, payload: unknown) => void };
}

/**
 * Shows story `id` in the already loaded Storybook preview the way Storybook's own sidebar does
 * (a `setCurrentStory` event, no page reload: loading the preview bundle and MSW again for every
 * story would triple the run on two cores), then waits like `waitForStory`.
 */
export async function showStory(page: Page, id: string): Promise<{ error?: string }> {
  await page.evaluate((storyId) => {
    (window as PreviewWindow).__STORYBOOK_ADDONS_CHANNEL__?.emit('setCurrentStory', { storyId, viewMode: 'story' });
  }, id);
  return waitForStory(page, id);
}

/**
 * Waits until Storybook has rendered story `id` and run its `play` function (render phase
 * `finished`), then until the DOM has been quiet for 300 ms, so data from the mock has arrived.
 * Returns Storybook's error text when the story failed.
 */
export async function waitForStory(page: Page, id: string): Promise<{ error?: string }> {
  await page.waitForFunction(
    (storyId) => {
      const render = (window as PreviewWindow).__STORYBOOK_PREVIEW__?.currentRender;
      const done = render?.id === storyId && (render.phase === 'finished' || render.phase === 'aborted');
      return done || document.body.classList.contains('sb-show-errordisplay');
    },
    id,
    { timeout: 30_000, polling: 50 },
  );
  const error = await page.evaluate(() =>
    document.body.classList.contains('sb-show-errordisplay')
      ? (document.querySelector('#error-message')?.textContent ?? 'Storybook showed its error display')
      : undefined,
  );
  await waitForQuietDom(page);
  return error ? { error } : {};
}

/** Resolves once no element changed for `quietMs` (at most `maxMs`). */
export function waitForQuietDom(page: Page, quietMs = 300, maxMs = 5_000): Promise<void> {
  return page.evaluate(
    ({ quietMs, maxMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(finish, quietMs);
        const cap = setTimeout(finish, maxMs);
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(finish, quietMs);
        });
        function finish() {
          observer.disconnect();
          clearTimeout(timer);
          clearTimeout(cap);
          resolve();
        }
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
      }),
    { quietMs, maxMs },
  );
}
