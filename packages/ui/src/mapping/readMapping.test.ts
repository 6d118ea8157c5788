import type { CustomMapping } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { readMapping } from './readMapping.js';

const target = (value: string | null, extra: Partial<CustomMapping> = {}): CustomMapping => ({
  id: 'hris+employees+x',
  key: 'x',
  label: 'X',
  resource: 'employees',
  description: null,
  value,
  required: false,
  custom_field: false,
  example: null,
  ...extra,
});
const EXAMPLE = { a: { b: 0 }, list: [{ c: 'yes' }] };

describe('readMapping', () => {
  it('tells unmapped from needed by required', () => {
    expect(readMapping(target(null), EXAMPLE)).toEqual({ state: 'unmapped' });
    expect(readMapping(target(null, { required: true }), EXAMPLE)).toEqual({ state: 'needed' });
  });

  it('reads the value the path finds in the example, falsy values included', () => {
    expect(readMapping(target('$.a.b'), EXAMPLE)).toEqual({ state: 'mapped', reads: '0' });
    expect(readMapping(target('$.list[0].c'), EXAMPLE)).toEqual({ state: 'mapped', reads: 'yes' });
  });

  it('is stale when the path leads nowhere in a loaded example', () => {
    expect(readMapping(target('$.a.gone', { example: 'old' }), EXAMPLE)).toEqual({ state: 'stale' });
  });

  it("falls back to the API's example while the record is not loaded, and for paths outside the dialect", () => {
    expect(readMapping(target('$.a.gone', { example: 'old' }), undefined)).toEqual({ state: 'mapped', reads: 'old' });
    const filter = "$.custom_fields[?(@.id=='9')].value";
    expect(readMapping(target(filter), EXAMPLE)).toEqual({ state: 'mapped', reads: undefined });
  });

  it('calls nothing stale against an example record with no keys (the client reads a missing one as {})', () => {
    expect(readMapping(target('$.a.b', { example: 'old' }), {})).toEqual({ state: 'mapped', reads: 'old' });
    expect(readMapping(target('$.a.b'), {})).toEqual({ state: 'mapped', reads: undefined });
    expect(readMapping(target('$.a.b', { example: 'old' }), { other: 1 })).toEqual({ state: 'stale' });
  });

  it('reads what a finder finds in the example, and never calls a finder that finds nothing stale', () => {
    const example = { ...EXAMPLE, contacts: [{ primary: false, name: 'Sam' }] };
    const found = "$.contacts[?(@.primary=='false')].name";
    expect(readMapping(target(found, { example: 'old' }), example)).toEqual({ state: 'mapped', reads: 'Sam' });
    const missing = "$.contacts[?(@.primary=='true')].name";
    expect(readMapping(target(missing, { example: 'old' }), example)).toEqual({ state: 'mapped', reads: 'old' });
  });

  it("reads a custom field's value when the path is its finder", () => {
    const finder = "$.custom_fields[?(@.id=='9')].value";
    const fields = [{ id: '9', name: 'Size', value: { size: 'M' }, finder }];
    expect(readMapping(target(finder), EXAMPLE, fields)).toEqual({ state: 'mapped', reads: '{"size":"M"}' });
  });
});
