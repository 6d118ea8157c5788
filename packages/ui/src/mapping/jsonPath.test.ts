import { describe, expect, it } from 'vitest';
import { canonicalJsonPath, parseJsonPath, resolveJsonPath, toJsonPath } from './jsonPath.js';

describe('toJsonPath', () => {
  it('writes identifier keys with dots and array indexes in brackets', () => {
    expect(toJsonPath(['root', 'training', 'first_aid'])).toBe('$.root.training.first_aid');
    expect(toJsonPath(['emails', 0, 'email'])).toBe('$.emails[0].email');
    expect(toJsonPath([])).toBe('$');
  });

  it('quotes keys that are not identifiers, in double quotes when they hold a single one, never escaping', () => {
    expect(toJsonPath(['odd key'])).toBe("$['odd key']");
    expect(toJsonPath(['a.b', '0', '1x'])).toBe("$['a.b']['0']['1x']");
    expect(toJsonPath(['x]', '['])).toBe("$['x]']['[']");
  });

  // One case per hostile key: what the path is, spelled as the mock's reader takes it (no escapes).
  it.each([
    ['a backslash', 'a\\b', "$['a\\b']"],
    ['a lone backslash', '\\', "$['\\']"],
    ['a backslash before a quote', "\\'", `$["\\'"]`],
    ['a single quote', "it's", `$["it's"]`],
    ['a double quote', 'say "hi"', `$['say "hi"']`],
    ['brackets and a quote', "]['", `$["]['"]`],
    ['a dollar and a dot', '$.x', "$['$.x']"],
    ['an empty key', '', "$['']"],
  ])('writes a key with %s so it reads back as itself', (_, key, path) => {
    expect(toJsonPath([key])).toBe(path);
    expect(parseJsonPath(path)).toEqual([key]);
  });

  it('cannot write a key holding both quotes, alone or deep in the path', () => {
    expect(toJsonPath([`it's "x"`])).toBeUndefined();
    expect(toJsonPath(['root', `'"`, 'leaf'])).toBeUndefined();
  });

  it('round-trips through parseJsonPath, hostile keys included', () => {
    const keys = ['__proto__', 'constructor', "'", '\\', 'a.b', '$', '', 'x"y', "]['", 3];
    expect(parseJsonPath(toJsonPath(keys) ?? '')).toEqual(keys);
  });
});

describe('parseJsonPath', () => {
  it('reads double-quoted keys as well', () => {
    expect(parseJsonPath('$["a b"].c[2]')).toEqual(['a b', 'c', 2]);
  });

  it('refuses what is not of the dialect', () => {
    for (const path of ['', 'root.a', '$.a[', "$['a]", '$[-1]', '$..a', '$.a[*]', '$ .a']) {
      expect(parseJsonPath(path), path).toBeUndefined();
    }
  });
});

describe('canonicalJsonPath', () => {
  it('spells a path of the dialect as toJsonPath does and leaves any other path alone', () => {
    expect(canonicalJsonPath("$['department']")).toBe('$.department');
    expect(canonicalJsonPath('$.root["training"].first_aid')).toBe('$.root.training.first_aid');
    expect(canonicalJsonPath("$.custom_fields[?(@.id=='9')].value")).toBe("$.custom_fields[?(@.id=='9')].value");
  });
});

describe('resolveJsonPath', () => {
  const record = {
    root: { training: { first_aid: 'yes' } },
    emails: [{ email: 'ada@example.com' }],
    'odd key': { 'a.b': 0 },
    nothing: null,
  };

  it('reads objects, arrays, quoted keys and falsy values', () => {
    expect(resolveJsonPath(record, '$.root.training.first_aid')).toBe('yes');
    expect(resolveJsonPath(record, '$.emails[0].email')).toBe('ada@example.com');
    expect(resolveJsonPath(record, "$['odd key']['a.b']")).toBe(0);
    expect(resolveJsonPath(record, '$.nothing')).toBeNull();
    expect(resolveJsonPath(record, '$')).toBe(record);
  });

  it('is undefined when the path leads nowhere (a stale mapping)', () => {
    expect(resolveJsonPath(record, '$.root.training.cpr')).toBeUndefined();
    expect(resolveJsonPath(record, '$.emails[1].email')).toBeUndefined();
    expect(resolveJsonPath(record, '$.emails.length')).toBeUndefined();
    expect(resolveJsonPath(record, '$.root[0]')).toBeUndefined();
    expect(resolveJsonPath(record, '$.nothing.deeper')).toBeUndefined();
    expect(resolveJsonPath(record, 'not a path')).toBeUndefined();
  });

  it('never reads the prototype: __proto__, constructor and toString resolve only as own keys', () => {
    expect(resolveJsonPath(record, '$.constructor')).toBeUndefined();
    expect(resolveJsonPath(record, '$.root.toString')).toBeUndefined();
    expect(resolveJsonPath(record, '$.__proto__')).toBeUndefined();
    const hostile = JSON.parse('{"__proto__": {"polluted": "own"}, "constructor": "c"}') as unknown;
    expect(resolveJsonPath(hostile, '$.__proto__.polluted')).toBe('own');
    expect(resolveJsonPath(hostile, "$['constructor']")).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
