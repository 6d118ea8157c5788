import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from './FieldDefinition.js';
import { toFieldDefinitions } from './toFieldDefinitions.js';
import { validateFieldValue } from './validateFieldValue.js';

function field(raw: Record<string, unknown>): FieldDefinition {
  const [definition] = toFieldDefinitions([{ id: 'f', ...raw }]);
  if (!definition) throw new Error('no field');
  return definition;
}

describe('validateFieldValue', () => {
  it.each([
    ['text', '', 'required'],
    ['checkbox', false, 'required'],
    ['multi-select', [], 'required'],
    ['select', '', 'required'],
    ['text', 'x', undefined],
  ])('a required %s with %j is %s', (type, value, expected) => {
    expect(validateFieldValue(field({ type, required: true }), value)).toBe(expected);
  });

  it('accepts an empty required secret that is stored', () => {
    expect(validateFieldValue(field({ type: 'password', required: true }), '', { secretStored: true })).toBeUndefined();
  });

  it.each([
    ['email', 'a@b.co', 'not-an-email'],
    ['url', 'https://acme.example.com', 'http://acme.example.com'],
    ['tel', '+31 20 123 4567', '12ab'],
    ['number', '-12.5', '12,5'],
    ['date', '2024-02-29', '2023-02-29'],
    ['time', '09:30', '25:00'],
    ['datetime', '2024-05-01T10:30', '2024-05-01 10:30'],
  ])('%s accepts %j and rejects %j', (type, good, bad) => {
    expect(validateFieldValue(field({ type }), good)).toBeUndefined();
    expect(validateFieldValue(field({ type }), bad)).toBe(type);
  });

  it('checks a URL with its adornments', () => {
    const shop = field({ type: 'url', prefix: 'https://', suffix: '.myshopify.com' });
    expect(validateFieldValue(shop, 'acme')).toBeUndefined();
    expect(validateFieldValue(field({ type: 'url' }), 'acme')).toBe('url');
  });

  it('leaves an empty optional field alone', () => {
    expect(validateFieldValue(field({ type: 'email' }), '')).toBeUndefined();
  });
});
