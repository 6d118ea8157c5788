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
    expect(parseSafeMarkdown('an _important_ note')[1]).toEqual({ kind: 'em', children: [{ kind: 'text', text: 'important' }] });
  });
});
