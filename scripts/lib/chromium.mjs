// Launches Debian's Chromium through playwright-core (no browser downloads) and makes pages that
// cannot reach the internet: only 127.0.0.1/localhost answer, everything else is aborted and kept
// in `blocked` so a test can assert that nothing tried to leave the machine.
import { chromium } from 'playwright-core';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  // Belt and braces with the route below: no host but this machine even resolves.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  return chromium.launch({ executablePath, args });
}

const local = /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;
const inline = /^(data|blob|about):/;

/**
 * A browser context that aborts every request leaving the machine (listed in `blocked`).
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').BrowserContextOptions} [options]
 * @returns {Promise<{ context: import('playwright-core').BrowserContext, blocked: string[] }>}
 */
export async function offlineContext(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const blocked = [];
  await context.route(
    (url) => !local.test(url.href) && !inline.test(url.href),
    (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    },
  );
  return { context, blocked };
}
