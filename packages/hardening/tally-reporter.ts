import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { CATEGORY_NAMES } from './src/test/categories.js';
import { repoRoot, tallyFile, tallyPartsDir, type TallyCase } from './src/test/tallyFiles.js';

/**
 * The hardening tally, as a Vitest global setup of this project only (Vitest has no per-project
 * reporters). Before the run it clears the per-file parts; after it, it adds them up per
 * category into `.ci/artifacts/hardening-tally.json` and prints the table with
 * `scripts/hardening-tally.mjs`, which CI also runs to fail on an empty category or a failure.
 */
export default function setup(): () => void {
  rmSync(tallyPartsDir, { recursive: true, force: true });
  return function teardown() {
    if (!existsSync(tallyPartsDir)) return;
    const cases: TallyCase[] = readdirSync(tallyPartsDir)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => JSON.parse(readFileSync(`${tallyPartsDir}/${name}`, 'utf8')) as TallyCase[]);
    const categories = Object.fromEntries(
      CATEGORY_NAMES.map((category) => {
        const tagged = cases.filter((item) => item.tags.includes(category) && item.state !== 'skip');
        const failures = tagged.filter((item) => item.state === 'fail').map((item) => `${item.file}: ${item.name}`);
        return [category, { tried: tagged.length, failed: failures.length, failures }];
      }),
    );
    const untagged = cases.filter((item) => !item.tags.some((tag) => (CATEGORY_NAMES as string[]).includes(tag)));
    const tally = {
      generatedAt: new Date().toISOString(),
      categories,
      untagged: untagged.map((item) => `${item.file}: ${item.name}`),
    };
    writeFileSync(tallyFile, `${JSON.stringify(tally, null, 2)}\n`);
    try {
      process.stdout.write(execFileSync('node', [`${repoRoot}scripts/hardening-tally.mjs`], { encoding: 'utf8' }));
    } catch (error) {
      // The printer exits 1 on a failure or an empty category (a filtered run); the table still shows.
      process.stdout.write(String((error as { stdout?: string }).stdout ?? error));
    }
  };
}
