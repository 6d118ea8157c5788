import { describe, expect, it } from 'vitest';
import { parseSafeMarkdown } from './parseSafeMarkdown.js';

describe('parseSafeMarkdown', () => {
  it('parses bold, italic, code and links', () => {
    expect(parseSafeMarkdown('Use **your** *own* `key`, see [docs](https://x.dev).')).toEqual([
      { kind: 'text', text: 'Use ' },
      { kind: 'strong', children: [{ kind: 'text', text: 'your' }] },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'own' }] },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'key' },
      { kind: 'text', text: ', see ' },
      { kind: 'link', href: 'https://x.dev', children: [{ kind: 'text', text: 'docs' }] },
      { kind: 'text', text: '.' },
    ]);
  });

  it('keeps HTML and snake_case ids as literal text', () => {
    expect(parseSafeMarkdown('<b>client_id_here</b>')).toEqual([{ kind: 'text', text: '<b>client_id_here</b>' }]);
  });

  it('parses _italic_ at word edges', () => {
    expect(parseSafeMarkdown('an _important_ note')[1]).toEqual({
      kind: 'em',
      children: [{ kind: 'text', text: 'important' }],
    });
  });

  it.each([
    ['unclosed brackets', '['.repeat(200_000)],
    ['link texts that never close', '[a'.repeat(100_000)],
    ['link targets that never close', '[a](b'.repeat(40_000)],
  ])('reads 200,000 characters of %s as text in linear time', (_case, source) => {
    const started = performance.now();
    expect(parseSafeMarkdown(source)).toEqual([{ kind: 'text', text: source }]);
    // A quadratic pattern took over 8 s on each of these; a linear one takes a few milliseconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('still links after a run of unclosed brackets', () => {
    expect(parseSafeMarkdown('[[ [see](https://x.dev)')).toEqual([
      { kind: 'text', text: '[[ ' },
      { kind: 'link', href: 'https://x.dev', children: [{ kind: 'text', text: 'see' }] },
    ]);
  });
});
