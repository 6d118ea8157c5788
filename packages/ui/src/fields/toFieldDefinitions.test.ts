import { afterEach, describe, expect, it, vi } from 'vitest';
import { toFieldDefinitions } from './toFieldDefinitions.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('toFieldDefinitions', () => {
  it('resolves every attribute to a plain value', () => {
    const [field] = toFieldDefinitions([
      {
        id: 'subdomain',
        label: 'Subdomain',
        type: 'url',
        required: true,
        disabled: null,
        sensitive: null,
        prefix: 'https://',
        suffix: '.example.com',
        allow_custom_values: false,
        custom_field: true,
        value: 'acme',
      },
    ]);
    expect(field).toMatchObject({
      id: 'subdomain',
      label: 'Subdomain',
      type: 'url',
      required: true,
      disabled: false,
      sensitive: false,
      customField: true,
      prefix: 'https://',
      suffix: '.example.com',
      value: 'acme',
      options: [],
    });
  });

  it('treats every password field as sensitive', () => {
    const [field] = toFieldDefinitions([{ id: 'pw', type: 'password' }]);
    expect(field?.sensitive).toBe(true);
  });

  it('renders an unknown type as text and warns once per type', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fields = toFieldDefinitions([
      { id: 'a', type: 'color' },
      { id: 'b', type: 'color' },
    ]);
    toFieldDefinitions([{ id: 'a', type: 'color' }]);
    expect(fields.map((field) => field.type)).toEqual(['text', 'text']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toContain('"color"');
  });

  it('skips a field without an id and keeps the others', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fields = toFieldDefinitions([
      { label: 'Broken' },
      null,
      'nonsense',
      { label: 'Broken' },
      { id: 'ok', type: 'text' },
    ]);
    expect(fields.map((field) => field.id)).toEqual(['ok']);
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('keeps option groups with their ids and falls back to the label as a missing value', () => {
    const [field] = toFieldDefinitions([
      {
        id: 'stage',
        type: 'filtered-select',
        filter: 'pipeline',
        options: [{ option_type: 'group', id: 7, label: 'Sales', options: [{ option_type: 'simple', label: 'Won' }] }],
      },
    ]);
    expect(field?.filter).toBe('pipeline');
    expect(field?.options).toEqual([
      {
        option_type: 'group',
        id: '7',
        label: 'Sales',
        options: [{ option_type: 'simple', label: 'Won', value: 'Won' }],
      },
    ]);
  });
});
