import { existsSync, readFileSync } from 'node:fs';
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
// dark, through the toolbar's `theme` global: zero violations, colour contrast included.
const staticDir = join(import.meta.dirname, '../../storybook-static');
if (!existsSync(join(staticDir, 'index.json')))
  throw new Error('storybook-static/index.json is missing: run `pnpm build-storybook` first');

interface IndexEntry {
  type: 'story' | 'docs';
  id: string;
  title: string;
  name: string;
}
const index = JSON.parse(readFileSync(join(staticDir, 'index.json'), 'utf8')) as {
  entries: Record<string, IndexEntry>;
};
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const themes = ['light', 'dark'] as const;
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
async function runAxe(): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    (disabled) =>
      (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<AxeResults> } }).axe.run(document, {
        rules: Object.fromEntries(disabled.map((rule) => [rule, { enabled: false }])),
        resultTypes: ['violations'],
      }),
    documentRules,
  );
}

describe.each(themes)('axe, %s theme', (theme) => {
  // One preview load per theme (the global comes from the URL); stories switch inside it.
  let loaded = false;
  const open = async (id: string) => {
    if (loaded) return showStory(page, id);
    loaded = true;
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story&globals=theme:${theme}`);
    return waitForStory(page, id);
  };

  it.each(stories.map((story) => [`${story.title} / ${story.name}`, story.id] as const))('%s', async (_label, id) => {
    const story = await open(id);
    expect(story.error, 'the story failed to render or play').toBeUndefined();
    const results = await runAxe();
    counts.push({ story: id, theme, violations: countViolations(results) });
    expect(describeViolations(results.violations)).toBe('');
    expect(blocked).toEqual([]);
  });
});
