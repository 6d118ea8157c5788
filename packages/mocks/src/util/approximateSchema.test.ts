import { describe, expect, it } from 'vitest';
import { approximateSchema } from './approximateSchema.js';

describe('approximateSchema', () => {
  it('describes scalars, records and lists of a downstream record', () => {
    expect(
      approximateSchema({
        name: 'Ada',
        fte: 0.8,
        badge: 1187,
        active: true,
        preferredName: null,
        tags: ['a', 'b'],
        none: [],
        pay: { amount: 5200 },
      }),
    ).toEqual({
      type: 'object',
      properties: {
        name: { type: 'string' },
        fte: { type: 'number' },
        badge: { type: 'integer' },
        active: { type: 'boolean' },
        preferredName: { type: 'null' },
        tags: { type: 'array', items: { type: 'string' } },
        none: { type: 'array', items: {} },
        pay: { type: 'object', properties: { amount: { type: 'integer' } } },
      },
    });
  });

  it('describes the records of a list by their keys together', () => {
    expect(approximateSchema([{ name: 'Jamie' }, { phone: '+44', name: 'Sam' }])).toEqual({
      type: 'array',
      items: { type: 'object', properties: { name: { type: 'string' }, phone: { type: 'string' } } },
    });
  });

  it('keeps a __proto__ key of the data as a property', () => {
    const schema = approximateSchema([JSON.parse('{"__proto__":{"x":1}}')]);
    expect(schema.items).toEqual({
      type: 'object',
      properties: { ['__proto__']: { type: 'object', properties: { x: { type: 'integer' } } } },
    });
  });
});
