import { describe, expect, it } from 'vitest';
import { clone } from './clone.js';

describe('clone', () => {
  it('copies arrays and objects at every depth, so writing to the copy leaves the original as it was', () => {
    const original = { settings: { url: 'https://a.example' }, form_fields: [{ id: 'url', options: [{ value: 1 }] }] };
    const copy = clone(original);
    copy.settings.url = 'changed';
    copy.form_fields[0]!.options[0]!.value = 2;
    copy.form_fields.push({ id: 'more', options: [] });
    expect(original).toEqual({
      settings: { url: 'https://a.example' },
      form_fields: [{ id: 'url', options: [{ value: 1 }] }],
    });
    expect(copy.form_fields).toHaveLength(2);
  });

  it('copies an object the original shares once, and the copy shares it the same way', () => {
    const shared = { id: 'api_key', type: 'password' };
    const [first, second] = clone([{ fields: [shared] }, { fields: [shared] }]);
    expect(first!.fields[0]).toBe(second!.fields[0]);
    expect(first!.fields[0]).not.toBe(shared);
    expect(first!.fields[0]).toEqual(shared);
  });

  it('keeps a key named __proto__ as an own key instead of setting the copy’s prototype', () => {
    const original = JSON.parse('{"resources":{"__proto__":{"polluted":true}}}') as {
      resources: Record<string, unknown>;
    };
    const copy = clone(original);
    expect(Object.getPrototypeOf(copy.resources)).toBe(Object.prototype);
    expect(Object.keys(copy.resources)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('copies values other than plain data the way structuredClone does', () => {
    const original = { at: new Date(0), nothing: null, missing: undefined };
    const copy = clone(original);
    expect(copy.at).not.toBe(original.at);
    expect(copy.at.getTime()).toBe(0);
    expect(copy).toEqual(original);
  });
});
