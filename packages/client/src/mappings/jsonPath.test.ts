import { describe, expect, it } from 'vitest';
import { canonicalJsonPath, parseJsonPath, resolveJsonPath, toJsonPath } from './jsonPath.js';

describe('toJsonPath', () => {
  it('writes identifier keys with dots and array indexes in brackets', () => {
    expect(toJsonPath(['root', 'training', 'first_aid'])).toBe('$.root.training.first_aid');
    expect(toJsonPath(['emails', 0, 'email'])).toBe('$.emails[0].email');
    expect(toJsonPath([])).toBe('$');
  });

  it('quotes keys that are not ASCII identifiers, in double quotes when they hold a single one, never escaping', () => {
    expect(toJsonPath(['odd key'])).toBe("$['odd key']");
    expect(toJsonPath(['a.b', '0', '1x'])).toBe("$['a.b']['0']['1x']");
    expect(toJsonPath(['x]', '['])).toBe("$['x]']['[']");
    // Names the reader takes dotted are still quoted: every reader of the dialect reads them back.
    expect(toJsonPath(['a-b', '$ref', 'Größe'])).toBe("$['a-b']['$ref']['Größe']");
  });

  // One case per hostile key: what the path is, spelled as every reader of the dialect takes it (no escapes).
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

  it('writes a finder step, quoting its text as a key, and refuses one no path can name', () => {
    expect(toJsonPath(['custom_fields', { where: 'id', equals: '4047' }, 'value'])).toBe(
      "$.custom_fields[?(@.id=='4047')].value",
    );
    expect(toJsonPath([{ where: 'name', equals: "O'Hara" }])).toBe(`$[?(@.name=="O'Hara")]`);
    expect(toJsonPath([{ where: 'name', equals: `'"` }])).toBeUndefined();
    expect(toJsonPath([{ where: 'a b', equals: 'x' }])).toBeUndefined();
  });

  it('round-trips through parseJsonPath, hostile keys and finders included', () => {
    const steps = [
      '__proto__',
      'constructor',
      "'",
      '\\',
      'a.b',
      '$',
      '',
      'x"y',
      "]['",
      3,
      { where: 'id', equals: ')]' },
    ];
    expect(parseJsonPath(toJsonPath(steps) ?? '')).toEqual(steps);
  });
});

describe('parseJsonPath', () => {
  it('reads keys, indexes, double-quoted keys and finders', () => {
    expect(parseJsonPath('$.a.b[0]')).toEqual(['a', 'b', 0]);
    expect(parseJsonPath('$["a b"].c[2]')).toEqual(['a b', 'c', 2]);
    expect(parseJsonPath("$.custom_fields[?(@.id=='4047')].value")).toEqual([
      'custom_fields',
      { where: 'id', equals: '4047' },
      'value',
    ]);
    expect(parseJsonPath(`$.list[?(@.name == "it's")]`)).toEqual(['list', { where: 'name', equals: "it's" }]);
  });

  it('reads dotted names as the live API writes them: $, -, digits after the first character, any script', () => {
    expect(parseJsonPath('$.ProductInterest__c.$ref.first-aid.x2')).toEqual([
      'ProductInterest__c',
      '$ref',
      'first-aid',
      'x2',
    ]);
    expect(parseJsonPath('$.Größe.名前')).toEqual(['Größe', '名前']);
  });

  it('refuses what is not of the dialect', () => {
    const paths = ['', 'root.a', 'root.training', '$.', '$.a[', "$['a]", '$[-1]', '$.a[-1]', '$..a', '$..name'];
    const more = ['$.a[*]', '$.a[?(oops', '$ .a', '$.a b', '$.1x', '$.-a', "$.a'b", '$.a]', "$['a\\'b']"];
    for (const path of [...paths, ...more]) {
      expect(parseJsonPath(path), path).toBeUndefined();
      expect(resolveJsonPath({ a: [{ b: 1 }], root: {} }, path), path).toBeUndefined();
    }
  });
});

describe('canonicalJsonPath', () => {
  it('spells a path of the dialect as toJsonPath does and leaves any other path alone', () => {
    expect(canonicalJsonPath("$['department']")).toBe('$.department');
    expect(canonicalJsonPath('$.root["training"].first_aid')).toBe('$.root.training.first_aid');
    expect(canonicalJsonPath("$.custom_fields[?(@.id=='9')].value")).toBe("$.custom_fields[?(@.id=='9')].value");
    expect(canonicalJsonPath(`$.custom_fields[?(@.id == "9")]['value']`)).toBe("$.custom_fields[?(@.id=='9')].value");
    expect(canonicalJsonPath('$.a-b')).toBe("$['a-b']");
    expect(canonicalJsonPath('$..a')).toBe('$..a');
  });
});

describe('resolveJsonPath', () => {
  const record = {
    root: { training: { first_aid: 'yes', fire_warden: false } },
    emails: [{ email: 'ada@example.com' }],
    'odd key': { 'a.b': 0 },
    contacts: [
      { id: 'a', name: 'Jamie', primary: true, rank: 1 },
      { id: 'b', name: 'Sam', primary: false, rank: 2 },
    ],
    custom_fields: [{ id: '4047', value: 'M' }],
    nothing: null,
  };

  it.each([
    ['$.root.training.first_aid', 'yes'],
    ['$.root.training.fire_warden', false],
    ['$.emails[0].email', 'ada@example.com'],
    ["$['odd key']['a.b']", 0],
    [`$["odd key"]`, { 'a.b': 0 }],
    ['$.contacts[1].name', 'Sam'],
    ["$.custom_fields[?(@.id=='4047')].value", 'M'],
    ["$.contacts[?(@.primary=='true')].id", 'a'],
    ["$.contacts[?(@.rank=='2')].name", 'Sam'],
    ['$.nothing', null],
    ['$', record],
  ])('reads %s', (path, expected) => {
    expect(resolveJsonPath(record, path)).toEqual(expected);
  });

  it.each([
    ['a path that leads nowhere (a stale mapping)', '$.root.training.cpr'],
    ['an index past the end', '$.emails[1].email'],
    ['a key of a list', '$.emails.length'],
    ['another key of a list', '$.contacts.name'],
    ['an index of an object', '$.root[0]'],
    ['a finder on an object', "$.root[?(@.first_aid=='yes')]"],
    ['a finder nothing matches', "$.contacts[?(@.id=='z')].name"],
    ['a finder on a key no item has', "$.contacts[?(@.missing=='undefined')]"],
    ['a finder on an object value', "$.root[?(@.training=='[object Object]')]"],
    ['a key through null', '$.nothing.deeper'],
    ['a path outside the dialect', 'not a path'],
    ['a wildcard', '$.contacts[*]'],
  ])('reads nothing for %s', (_what, path) => {
    expect(resolveJsonPath(record, path)).toBeUndefined();
  });

  it('never reads the prototype: __proto__, constructor and toString resolve only as own keys', () => {
    expect(resolveJsonPath(record, '$.constructor')).toBeUndefined();
    expect(resolveJsonPath(record, '$.root.toString')).toBeUndefined();
    expect(resolveJsonPath(record, '$.__proto__')).toBeUndefined();
    expect(resolveJsonPath(record, '$.root.__proto__')).toBeUndefined();
    expect(resolveJsonPath(record, "$.contacts[?(@.toString=='x')]")).toBeUndefined();
    expect(
      resolveJsonPath(record, "$.contacts[?(@.constructor=='function Object() { [native code] }')]"),
    ).toBeUndefined();
    const hostile = JSON.parse('{"__proto__": {"polluted": "own"}, "constructor": "c"}') as unknown;
    expect(resolveJsonPath(hostile, '$.__proto__.polluted')).toBe('own');
    expect(resolveJsonPath(hostile, "$['constructor']")).toBe('c');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
