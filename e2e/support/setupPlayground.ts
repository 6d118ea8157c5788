import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.mjs';
import { visitPlayground, type Visit, type VisitOptions } from './playground.js';

/**
 * One Chromium for the test file and a fresh playground visit per test. After each test the
 * visit is closed and must have had no uncaught error and no request leaving the machine.
 */
export function setupPlayground() {
  let browser: Browser;
  let current: Visit | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterEach(async () => {
    const finished = current;
    current = undefined;
    await finished?.close();
    expect(finished?.errors ?? []).toEqual([]);
    expect(finished?.blocked ?? []).toEqual([]);
  });
  afterAll(() => browser?.close());
  return {
    visit: async (options?: VisitOptions) => (current = await visitPlayground(browser, options)),
  };
}
