import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (this file is `packages/hardening/src/test/tallyFiles.ts`). */
// A string, not `new URL(…)`: in jsdom the global URL is jsdom's, which node:url refuses.
export const repoRoot = `${resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')}/`;

/** Where each test file drops its cases while the run is on. */
export const tallyPartsDir = `${repoRoot}.ci/artifacts/hardening-tally`;

/** The run's tally, read by `scripts/hardening-tally.mjs`. */
export const tallyFile = `${repoRoot}.ci/artifacts/hardening-tally.json`;

/** One case as the tally records it. */
export interface TallyCase {
  file: string;
  name: string;
  tags: string[];
  state: 'pass' | 'fail' | 'skip';
}
