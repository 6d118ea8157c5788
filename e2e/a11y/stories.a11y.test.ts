import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, offlineContext } from '../../scripts/lib/chromium.mjs';
import { serveStatic } from '../../scripts/lib/static-server.mjs';
import { countViolations, describeViolations, documentRules } from './axeReport.js';
import { showStory, waitForStory } from './waitForStory.js';

// axe-core on every story of the static Storybook build (`pnpm build-storybook` first), light and
// dark, through the toolbar's `theme` global: zero violations, colour contrast included. Stories
// tagged `forced-colors` or `reduced-motion` run under that emulated media and are checked for it;
// stories tagged `screenshot` are kept under .ci/artifacts/screenshots/.
const staticDir = join(import.meta.dirname, '../../storybook-static');
if (!existsSync(join(staticDir, 'index.json')))
  throw new Error('storybook-static/index.json is missing: run `pnpm build-storybook` first');

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
  tags?: string[];
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const themes = ['light', 'dark'] as const;
const screenshots = join(import.meta.dirname, '../../.ci/artifacts/screenshots');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let page: Page;
let blocked: string[];
let close: () => Promise<void>;
let baseUrl: string;
const counts: Array<{ story: string; theme: string; violations: number }> = [];

beforeAll(async () => {
  const server = await serveStatic(staticDir, { spa: false });
  baseUrl = server.url;
  browser = await launchChromium();
  const offline = await offlineContext(browser);
  blocked = offline.blocked;
  page = await offline.context.newPage();
  close = async () => {
    await browser.close();
    await server.close();
  };
});

afterAll(async () => {
  await close?.();
  const total = counts.reduce((sum, row) => sum + row.violations, 0);
  console.log(
    counts.map((row) => `${String(row.violations).padStart(3)}  ${row.theme.padEnd(5)}  ${row.story}`).join('\n'),
  );
  console.log(
    `axe: ${total} violation(s) in ${counts.length} story renders (${stories.length} stories x ${themes.length} themes)`,
  );
});

/** Runs axe on the page as it is; injects axe first when the page was (re)loaded. */
async function runAxe(extraDisabled: string[] = []): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    (disabled) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(document, {
        rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
        resultTypes: ['violations'],
      }),
    [...documentRules, ...extraDisabled],
  );
}

/** The media a story asks for through its tags; every other story runs with the defaults. */
function mediaFor(story: IndexEntry) {
  const tags = story.tags ?? [];
  return {
    forcedColors: tags.includes('forced-colors') ? ('active' as const) : ('none' as const),
    reducedMotion: tags.includes('reduced-motion') ? ('reduce' as const) : ('no-preference' as const),
  };
}

/** Under forced colours every visible kit button keeps a solid border, drawn in a system colour. */
const unborderedButtons = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ik-root button'))
      .filter((button) => button.getClientRects().length > 0)
      .filter((button) => {
        const style = getComputedStyle(button);
        return style.borderTopStyle !== 'solid' || Number.parseFloat(style.borderTopWidth) < 1;
      })
      .map((button) => button.outerHTML.slice(0, 80)),
  );

/** Kit elements that would animate or transition (none under reduced motion). */
const movingKitElements = () =>
  page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.ik-root, .ik-root *'))
      .filter((element) => {
        const style = getComputedStyle(element);
        const moves = (durations: string) => durations.split(',').some((duration) => Number.parseFloat(duration) > 0);
        return style.animationName !== 'none' || moves(style.transitionDuration);
      })
      .map((element) => element.outerHTML.slice(0, 80)),
  );

describe.each(themes)('axe, %s theme', (theme) => {
  // One preview load per theme (the global comes from the URL); stories switch inside it.
  let loaded = false;
  const open = async (id: string) => {
    if (loaded) return showStory(page, id);
    loaded = true;
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`);
    return waitForStory(page, id);
  };

  it.each(stories.map((story) => [`${story.title} / ${story.name}`, story] as const))('%s', async (_label, entry) => {
    const { id } = entry;
    const media = mediaFor(entry);
    await page.emulateMedia(media);
    const story = await open(id);
    expect(story.error, 'the story failed to render or play').toBeUndefined();
    // Under forced colours the browser paints every text and background in the user's palette,
    // but getComputedStyle, which axe reads, still reports the author's colours (light text of the
    // dark theme on the palette's white Canvas): the contrast rule would judge colours never shown.
    const results = await runAxe(media.forcedColors === 'active' ? ['color-contrast'] : []);
    counts.push({ story: id, theme, violations: countViolations(results) });
    expect(describeViolations(results.violations)).toBe('');
    expect(blocked).toEqual([]);
    if (media.forcedColors === 'active') expect(await unborderedButtons()).toEqual([]);
    if (media.reducedMotion === 'reduce') expect(await movingKitElements()).toEqual([]);
    if (entry.tags?.includes('screenshot')) {
      mkdirSync(screenshots, { recursive: true });
      const path = join(screenshots, `story-${id}-${theme}.png`);
      await page.screenshot({ path, animations: 'disabled' });
      expect(statSync(path).size).toBeGreaterThan(10_000);
    }
  });
});
