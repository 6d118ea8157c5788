import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Whether `locator` is the focused element of its page. */
export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);

/** A short description of the focused element, for failure messages ("button Actions for X"). */
export const describeFocus = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? '';
    return `${element.getAttribute('role') ?? element.tagName.toLowerCase()} ${name}`;
  });

/** Presses Tab (or Shift+Tab) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 60, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await isFocused(target)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`Tab never reached the target; focus is on ${await describeFocus(page)}`);
}

/** Waits until `target` has focus (focus moves after an animation or a commit). */
export async function expectFocus(page: Page, target: Locator): Promise<void> {
  await expect
    .poll(() => isFocused(target), { message: `focus is on ${await describeFocus(page)}`, timeout: 5_000 })
    .toBe(true);
}

/** Waits until focus is somewhere inside `container`. */
export async function expectFocusWithin(page: Page, container: Locator): Promise<void> {
  await expect
    .poll(() => container.evaluate((element) => element.contains(document.activeElement)), {
      message: `focus is on ${await describeFocus(page)}`,
      timeout: 5_000,
    })
    .toBe(true);
}
