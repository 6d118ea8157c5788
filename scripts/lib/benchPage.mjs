// What `pnpm bench` does on an open bench page: type into the search field and open a dialog,
// timed inside the page (performance.now, next frame) so no round trip to the browser is counted.

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const round = (n) => Math.round(n * 10) / 10;

/** Sets the search field of `view.root` to `value` and resolves once its DOM was quiet for 150 ms. */
function searchFor(page, view, value) {
  return page.evaluate(
    ({ root, value }) =>
      new Promise((resolve) => {
        const scope = document.querySelector(root);
        const input = scope.querySelector('input[type="search"]');
        const start = performance.now();
        let last = start;
        let quiet = setTimeout(finish, 300);
        const observer = new MutationObserver(() => {
          last = performance.now();
          clearTimeout(quiet);
          quiet = setTimeout(finish, 150);
        });
        function finish() {
          observer.disconnect();
          resolve(last - start);
        }
        observer.observe(scope, { childList: true, subtree: true, characterData: true, attributes: true });
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }),
    { root: view.root, value },
  );
}

/** Types `text` letter by letter `runs` times; per keystroke, ms until the list's DOM settles. */
export async function typeQuery(page, view, text, runs) {
  const perRun = [];
  for (let run = 0; run < runs; run += 1) {
    await searchFor(page, view, '');
    const times = [];
    for (let i = 1; i <= text.length; i += 1) times.push(await searchFor(page, view, text.slice(0, i)));
    perRun.push(times);
  }
  const perKeystroke = text.split('').map((_, i) => round(median(perRun.map((times) => times[i]))));
  const results = await page.evaluate((item) => document.querySelectorAll(item).length, view.item);
  await searchFor(page, view, '');
  return {
    medianMs: round(median(perRun.flat())),
    worstMs: Math.max(...perKeystroke),
    perKeystrokeMs: Object.fromEntries(text.split('').map((_, i) => [text.slice(0, i + 1), perKeystroke[i]])),
    results,
  };
}

/**
 * Clicks the `nth` item and times, from the click, the first frame showing a dialog and the first
 * showing it loaded (the kit's actions menu; the floor's dialog has nothing to load), and lists
 * the mock requests made in between: the ones the loaded dialog waited on. Closes it with Escape.
 */
async function clickOpen(page, view, nth) {
  const before = await page.evaluate(() => window.__bench.mock.requests.length);
  await page.evaluate(() => {
    window.__opened = new Promise((resolve) => {
      document.addEventListener(
        'click',
        () => {
          const start = performance.now();
          let dialogMs;
          const check = () => {
            const dialog = document.querySelector('[role="dialog"], dialog[open]');
            if (dialog && dialogMs === undefined) dialogMs = performance.now() - start;
            const loaded =
              dialog &&
              (dialog.tagName === 'DIALOG' || dialog.querySelector('[data-slot="connection-actions-trigger"]'));
            if (loaded)
              resolve({ dialogMs, loadedMs: performance.now() - start, requests: window.__bench.mock.requests.length });
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { capture: true, once: true },
      );
    });
  });
  await page.locator(view.item).nth(nth).click();
  const opened = await page.evaluate(() => window.__opened);
  const waitedOn = await page.evaluate(
    ({ from, to }) => window.__bench.mock.requests.slice(from, to).map((r) => `${r.method} ${r.path}`),
    { from: before, to: opened.requests },
  );
  await page.keyboard.press('Escape');
  await page.waitForTimeout(300);
  return { dialogMs: round(opened.dialogMs), loadedMs: round(opened.loadedMs), waitedOn };
}

/**
 * Opens three items: the first open of the page (the dialog's code runs for the first time), one
 * clicked cold (its read ahead starts only as the pointer arrives for the click) and one hovered
 * first, its read ahead given time to finish.
 */
export async function openDialog(page, view) {
  const first = await clickOpen(page, view, 0);
  const cold = await clickOpen(page, view, 1);
  await page.locator(view.item).nth(2).hover();
  await page.waitForTimeout(1000);
  const hovered = await clickOpen(page, view, 2);
  return { first, cold, hovered };
}
