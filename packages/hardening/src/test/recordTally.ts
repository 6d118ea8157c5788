import { mkdirSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { afterAll } from 'vitest';
import { repoRoot, tallyPartsDir, type TallyCase } from './tallyFiles.js';

interface TaskLike {
  type: string;
  name: string;
  tags?: string[];
  mode?: string;
  result?: { state?: string };
  tasks?: TaskLike[];
  filepath?: string;
}

function collect(task: TaskLike, file: string, path: string[], out: TallyCase[]): void {
  if (task.type === 'test') {
    const state = task.result?.state === 'pass' ? 'pass' : task.result?.state === 'fail' ? 'fail' : 'skip';
    out.push({ file, name: [...path, task.name].join(' > '), tags: task.tags ?? [], state });
    return;
  }
  const nested = task.type === 'suite' && task.filepath === undefined ? [...path, task.name] : path;
  for (const child of task.tasks ?? []) collect(child, file, nested, out);
}

// The file suite's hook runs after every case of the file has its final state.
// Vitest parses the first parameter as a fixtures pattern, so it must be an (empty) destructuring.
// eslint-disable-next-line no-empty-pattern -- see above: vitest requires the pattern
afterAll(({}, suite) => {
  const fileTask = suite as unknown as TaskLike;
  const file = relative(repoRoot, fileTask.filepath ?? 'unknown');
  const cases: TallyCase[] = [];
  collect(fileTask, file, [], cases);
  mkdirSync(tallyPartsDir, { recursive: true });
  writeFileSync(`${tallyPartsDir}/${file.replace(/[^\w.-]+/g, '_')}.json`, JSON.stringify(cases, null, 2));
});
