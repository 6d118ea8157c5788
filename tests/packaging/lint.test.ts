import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import { describe, expect, inject, it } from 'vitest';

const tarballs = inject('tarballs');
const attw = join(import.meta.dirname, '../../node_modules/.bin/attw');
const tarball = (name: string) => readFileSync(tarballs[name] as string);

/** Every file path an `exports` map points at (its string leaves). */
function exportTargets(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (exports && typeof exports === 'object') return Object.values(exports).flatMap(exportTargets);
  return [];
}

/** attw's report when it finds problems, else ''. */
function problemsFromAttw(file: string): string {
  // The stylesheet is an entry for bundlers, not a module TypeScript resolves: attw would report
  // it as unresolvable types, so it is left out of the type analysis (its presence is asserted below).
  const args = [file, '--profile', 'esm-only', '--format', 'ascii', '--exclude-entrypoints', './styles.css'];
  try {
    execFileSync(attw, args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
    return '';
  } catch (error) {
    return String((error as { stdout?: string }).stdout ?? error);
  }
}

describe.each(Object.keys(tarballs))('%s as packed', (name) => {
  it('passes publint --strict', async () => {
    const buffer = tarball(name);
    const { messages, pkg } = await publint({
      pack: { tarball: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) },
      strict: true,
    });
    expect(messages.map((m) => formatMessage(m, pkg) ?? m.code)).toEqual([]);
  });

  it('passes attw (ESM-only profile: node16 from ESM and bundler)', () => {
    expect(problemsFromAttw(tarballs[name] as string)).toBe('');
  });

  it('publishes dist entries only: no source condition, every export target packed', () => {
    const files = execFileSync('tar', ['tzf', tarballs[name] as string], { encoding: 'utf8' }).split('\n');
    const manifest = JSON.parse(
      execFileSync('tar', ['xzfO', tarballs[name] as string, 'package/package.json'], { encoding: 'utf8' }),
    );
    expect(JSON.stringify(manifest.exports)).not.toContain('@integrations-kit/source');
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
    const targets = exportTargets(manifest.exports);
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(files).toContain(`package/${target.slice(2)}`);
    expect(manifest.type).toBe('module');
  });

  it('ships its README, the one whose code blocks readmeBlocks.test.ts compiles, with an install line', () => {
    const readme = execFileSync('tar', ['xzfO', tarballs[name] as string, 'package/README.md'], { encoding: 'utf8' });
    const source = join(import.meta.dirname, '../../packages', name.replace('@integrations-kit/', ''), 'README.md');
    expect(readme).toBe(readFileSync(source, 'utf8'));
    expect(readme).toMatch(new RegExp(`\`\`\`sh\npnpm add (-D )?${name}( |\n)`));
  });
});
