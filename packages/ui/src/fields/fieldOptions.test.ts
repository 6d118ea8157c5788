import { describe, expect, it } from 'vitest';
import { flattenOptions, isOfferedValue, resolveFieldOptions } from './fieldOptions.js';
import { toFieldDefinitions } from './toFieldDefinitions.js';

const [stage] = toFieldDefinitions([
  {
    id: 'stage',
    type: 'filtered-select',
    filter: 'pipeline',
    options: [
      {
        option_type: 'group',
        id: 'sales',
        label: 'Sales',
        options: [{ option_type: 'simple', label: 'Won', value: 'won' }],
      },
      {
        option_type: 'group',
        id: 'support',
        label: 'Support',
        options: [{ option_type: 'simple', label: 'Open', value: 'open' }],
      },
    ],
  },
]);

describe('resolveFieldOptions', () => {
  it('offers the group whose id is the parent value', () => {
    if (!stage) throw new Error('no field');
    expect(flattenOptions(resolveFieldOptions(stage, 'support')).map((entry) => entry.value)).toEqual(['open']);
    expect(resolveFieldOptions(stage, '')).toEqual([]);
    expect(resolveFieldOptions(stage, 'missing')).toEqual([]);
  });

  it('tells whether a value is still on offer', () => {
    if (!stage) throw new Error('no field');
    expect(isOfferedValue(resolveFieldOptions(stage, 'sales'), 'won')).toBe(true);
    expect(isOfferedValue(resolveFieldOptions(stage, 'support'), 'won')).toBe(false);
    expect(isOfferedValue([], '')).toBe(true);
  });

  it('flattens groups keeping the group label', () => {
    if (!stage) throw new Error('no field');
    expect(flattenOptions(stage.options)).toEqual([
      { key: '0', label: 'Won', value: 'won', group: 'Sales' },
      { key: '1', label: 'Open', value: 'open', group: 'Support' },
    ]);
  });
});
