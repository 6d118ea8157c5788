import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

// What ships to a browser is the runtime module graph of src/index.ts (type-only imports are
// erased, which is why types.ts and the generated contract, whose AuthType lists "apiKey", do
// not count). esbuild resolves that graph exactly as a bundler would.
async function browserBundle() {
  const result = await build({
    entryPoints: [`${root}src/index.ts`],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['@integrations-kit/source'],
    logLevel: 'silent',
  });
  return { inputs: Object.keys(result.metafile.inputs), code: result.outputFiles[0]?.text ?? '' };
}

describe('browser entry (src/index.ts)', () => {
  it('reaches no module that mentions sessions creation or an API key', async () => {
    const { inputs, code } = await browserBundle();
    expect(inputs).toContain('src/index.ts');
    expect(inputs).toContain('src/client/createVaultClient.ts');
    expect(inputs).not.toContain('src/server.ts');
    expect(inputs).not.toContain('src/session/createSession.ts');
    for (const input of inputs) {
      const source = readFileSync(`${root}${input}`, 'utf8');
      expect.soft(source, input).not.toMatch(/vault\/sessions/);
      expect.soft(source, input).not.toMatch(/apiKey/);
    }
    expect(code).not.toMatch(/vault\/sessions|apiKey/);
  });

  it('the server entry is where session creation lives (so the check above is meaningful)', () => {
    const server = readFileSync(`${root}src/session/createSession.ts`, 'utf8');
    expect(server).toMatch(/vault\/sessions/);
    expect(server).toMatch(/apiKey/);
  });
});
