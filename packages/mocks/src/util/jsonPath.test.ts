import { describe, expect, it } from 'vitest';
import { parseJsonPath, readJsonPath } from './jsonPath.js';

const record = {
  root: { training: { first_aid: '2023-09-12', fire_warden: false } },
  'odd key': 7,
  contacts: [
    { id: 'a', name: 'Jamie', primary: true },
    { id: 'b', name: 'Sam', primary: false },
  ],
  custom_fields: [{ id: '4047', value: 'M' }],
  empty: null,
};

describe('JSONPath of a mapping', () => {
  it.each([
    ['$.root.training.first_aid', '2023-09-12'],
    ['$.root.training.fire_warden', false],
    ["$['odd key']", 7],
    ['$["odd key"]', 7],
    ['$.contacts[1].name', 'Sam'],
    ["$.custom_fields[?(@.id=='4047')].value", 'M'],
    ["$.contacts[?(@.primary=='true')].id", 'a'],
    ['$.empty', null],
    ['$', record],
  ])('reads %s', (path, expected) => {
    expect(readJsonPath(record, path)).toEqual(expected);
  });

  it.each([
    ['a path that leads nowhere', '$.root.training.cpr'],
    ['an index past the end', '$.contacts[5].name'],
    ['a key of a list', '$.contacts.name'],
    ['a filter nothing matches', "$.contacts[?(@.id=='z')].name"],
    ['a key through null', '$.empty.value'],
  ])('reads nothing for %s', (_what, path) => {
    expect(readJsonPath(record, path)).toBeUndefined();
  });

  it('reads only own keys, so prototype members are no values', () => {
    expect(readJsonPath(record, '$.constructor')).toBeUndefined();
    expect(readJsonPath(record, '$.root.__proto__')).toBeUndefined();
    expect(readJsonPath(record, "$.contacts[?(@.toString=='x')]")).toBeUndefined();
    expect(readJsonPath(JSON.parse('{"__proto__":{"x":1}}'), '$.__proto__.x')).toBe(1);
  });

  it('refuses what is no JSONPath of a mapping', () => {
    for (const path of ['root.training', '', '$.', '$..name', '$.contacts[*]', '$.a[?(oops', '$ .a', '$.a[-1]']) {
      expect(parseJsonPath(path), path).toBeUndefined();
      expect(readJsonPath(record, path), path).toBeUndefined();
    }
    expect(parseJsonPath('$.a.b[0]')).toEqual([{ key: 'a' }, { key: 'b' }, { index: 0 }]);
  });
});
