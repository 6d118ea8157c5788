import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cards, openConnection } from '../support/playground.js';
import { setupPlayground } from '../support/setupPlayground.js';

// The kit in Chromium under host styles it cannot see coming: computed styles are real here
// (cascade layers, `revert`, custom properties), where the jsdom isolation test reads the rules.
const playground = setupPlayground();

/** What hosts really ship, loaded after the kit's stylesheet as an app's own CSS is. */
const hostileCss = `
  /* A legacy root: 1rem is 10px. */
  html { font-size: 62.5%; }
  /* Vite's react-ts template (index.css). */
  :root { font-family: Inter, system-ui, Avenir, Helvetica, Arial, sans-serif; line-height: 1.5; font-weight: 400;
    color-scheme: light dark; color: rgba(255, 255, 255, 0.87); background-color: #242424; }
  a { font-weight: 500; color: #646cff; text-decoration: inherit; }
  h1 { font-size: 3.2em; line-height: 1.1; }
  button { border-radius: 8px; border: 1px solid transparent; padding: 0.6em 1.2em; font-size: 1em;
    font-weight: 500; font-family: inherit; background-color: #1a1a1a; cursor: pointer; transition: border-color 0.25s; }
  button:hover { border-color: #646cff; }
  button:focus, button:focus-visible { outline: 4px auto -webkit-focus-ring-color; }
  /* Bootstrap-style globals. */
  *, *::before, *::after { box-sizing: content-box; }
  svg { vertical-align: middle; width: 100px; height: 100px; }
  img { height: auto; max-width: 50%; }
  button, input, select { min-height: 44px; line-height: 2; }
  h1, h2, h3, p { margin-bottom: 1rem; }
  /* A host's own layered base, important. */
  @layer base { button { background: red !important; border-radius: 20px !important; } }`;

/** Computed styles that make the kit look as it does, for every element of `scope`. */
function snapshot(scope: Locator) {
  return scope.evaluate((root) =>
    [root, ...Array.from(root.querySelectorAll('*'))].map((element) => {
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      return [
        element.tagName,
        style.fontSize,
        style.lineHeight,
        style.fontFamily,
        style.color,
        style.backgroundColor,
        style.borderTopWidth,
        style.borderTopLeftRadius,
        style.paddingTop,
        style.paddingLeft,
        style.minHeight,
        style.boxSizing,
        style.verticalAlign,
        style.outlineStyle,
        Math.round(box.width),
        Math.round(box.height),
      ].join(' ');
    }),
  );
}

/** The snapshot once two in a row agree: the dialog's fields fill in after its first paint. */
async function settledSnapshot(scope: Locator) {
  let previous = await snapshot(scope);
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const next = await snapshot(scope);
    if (next.join('\n') === previous.join('\n')) return next;
    previous = next;
  }
}

async function addHostileCss(page: Page) {
  await page.addStyleTag({ content: hostileCss });
}

/** The element around the kit's page: where a host puts its theme, outside anything the kit renders. */
const pageWrapper = (page: Page) => page.locator('[data-slot="integrations-page"]').locator('xpath=..');

describe('hostile host CSS', () => {
  it('leaves the open dialog and its contents exactly as they are without it (62.5% root, Vite template, Bootstrap globals, @layer base !important)', async () => {
    const { page } = await playground.visit();
    const dialog = await openConnection(page, 'Salesforce', 'CRM');
    await dialog.getByRole('region', { name: 'Resources' }).waitFor();
    await expect.poll(() => dialog.getByText(/Loading/).count()).toBe(0);
    const before = await settledSnapshot(dialog);
    expect(before.length).toBeGreaterThan(30);

    await addHostileCss(page);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('10px');
    const after = await snapshot(dialog);
    expect(
      after.map((line, index) => (line === before[index] ? '' : `${before[index]} -> ${line}`)).filter(Boolean),
    ).toEqual([]);

    // The measurements behind the comparison, in numbers a reader can check.
    const box = await dialog.boundingBox();
    expect(box?.width).toBe(640);
    const close = dialog.getByRole('button', { name: /close/i }).first();
    const style = await close.evaluate((button) => {
      const computed = getComputedStyle(button);
      return { minHeight: computed.minHeight, background: computed.backgroundColor };
    });
    expect(style.minHeight).toBe('auto');
    expect(style.background).not.toBe('rgb(255, 0, 0)');
    const icon = await close.locator('svg').boundingBox();
    expect([icon?.width, icon?.height]).toEqual([18, 18]);
  });

  it('keeps the grid at its own text size whatever the root font size', async () => {
    const { page } = await playground.visit();
    const root = page.locator('[data-slot="integrations-page"]');
    await addHostileCss(page);
    expect(await root.evaluate((element) => getComputedStyle(element).fontSize)).toBe('14px');
    expect(
      await cards(page)
        .first()
        .evaluate((element) => getComputedStyle(element).paddingTop),
    ).toBe('16px');
  });
});

describe('theming on an ancestor', () => {
  it('an --ik-accent on a wrapping element themes the page, the dialog and the toast region portaled to <body>', async () => {
    const { page, context } = await playground.visit();
    // The host's rule is there from the first paint, as a stylesheet of the app is.
    await context.addInitScript(() =>
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style');
        style.textContent = ':has(> [data-slot="integrations-page"]) { --ik-accent: rgb(10, 125, 85); }';
        document.head.append(style);
      }),
    );
    await page.reload();
    await cards(page).first().waitFor();
    const pressed = page.locator('[data-slot="integrations-page"] [aria-pressed="true"]').first();
    expect(await pressed.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(10, 125, 85)');
    const toaster = page.locator('[data-slot="toaster"]');
    expect(await toaster.evaluate((element) => element.parentElement === document.body)).toBe(true);
    expect(await toaster.evaluate((element) => element.style.getPropertyValue('--ik-accent'))).toBe('rgb(10, 125, 85)');

    const dialog = await openConnection(page, 'Salesforce', 'CRM');
    expect(await dialog.evaluate((element) => element.parentElement === document.body)).toBe(true);
    const buttonBackgrounds = () =>
      dialog
        .locator('button')
        .evaluateAll((buttons) => buttons.map((button) => getComputedStyle(button).backgroundColor));
    // The dialog fills in as its sections load; its filled (accent) button comes with the settings form.
    await expect.poll(buttonBackgrounds, { timeout: 15_000 }).toContain('rgb(10, 125, 85)');
    const backgrounds = await buttonBackgrounds();
    // The kit's default accent (#4f46e5, also the playground's own) shows nowhere.
    expect(backgrounds).not.toContain('rgb(79, 70, 229)');
  });

  it('dir="rtl" on a wrapping element lays out the page and its dialog right to left', async () => {
    const { page } = await playground.visit();
    await pageWrapper(page).evaluate((element) => element.setAttribute('dir', 'rtl'));
    const search = page.getByRole('searchbox', { name: 'Search integrations' });
    const field = await search.boundingBox();
    const icon = await search.locator('xpath=..').locator('svg').first().boundingBox();
    // The search icon sits at the start of the field: its right edge in right-to-left.
    expect(icon && field && icon.x > field.x + field.width / 2).toBe(true);

    const dialog = await openConnection(page, 'Salesforce', 'CRM');
    expect(await dialog.evaluate((element) => getComputedStyle(element).direction)).toBe('rtl');
  });
});
