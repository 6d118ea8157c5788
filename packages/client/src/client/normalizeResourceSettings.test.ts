import { describe, expect, it } from 'vitest';
import { normalizeResourceSettings } from './normalizeResourceSettings.js';

const leadSource = { id: 'lead_source', label: 'Lead source', type: 'select', value: 'web', target: 'resource' };
const owner = { id: 'owner_id', value: '501' };

describe('normalizeResourceSettings', () => {
  it('picks the requested resource from the spec shape and fills allow_custom_values', () => {
    const data = {
      id: 'crm+x',
      configuration: [
        { resource: 'deals', defaults: [owner] },
        { resource: 'leads', defaults: [leadSource] },
      ],
    };
    expect(normalizeResourceSettings(data, 'leads')).toEqual([{ allow_custom_values: false, ...leadSource }]);
  });

  it('keeps the flat shape fields as they are', () => {
    const flat = [{ ...leadSource, allow_custom_values: true }, owner];
    expect(normalizeResourceSettings(flat, 'leads')).toEqual([flat[0], { allow_custom_values: false, ...owner }]);
  });

  it('reads the live shape: a connection whose configuration is the flat field list', () => {
    const fields = [
      {
        id: 'pipeline',
        label: 'Pipeline',
        type: 'select',
        required: true,
        value: null,
        options: [{ label: 'Sales', value: 'p1' }],
      },
      {
        id: 'stage',
        label: 'Stage',
        type: 'filtered-select',
        required: true,
        filter: { key: 'id', value: 'pipeline' },
        options: [{ id: 1, label: 'Sales', options: [{ label: 'New', value: 's1' }] }],
      },
      { id: 'owner', label: 'Owner', type: 'text', required: true },
    ];
    const settings = normalizeResourceSettings(
      { id: 'crm+pipedrive', service_id: 'pipedrive', configuration: fields },
      'deals',
    );
    expect(settings?.map((field) => [field.id, field.required])).toEqual([
      ['pipeline', true],
      ['stage', true],
      ['owner', true],
    ]);
    expect(settings?.[0]?.options).toEqual([{ label: 'Sales', value: 'p1', option_type: 'simple' }]);
    expect(settings?.[1]?.filter).toBe('pipeline');
    expect(settings?.[1]?.options).toEqual([
      {
        id: '1',
        label: 'Sales',
        option_type: 'group',
        options: [{ label: 'New', value: 's1', option_type: 'simple' }],
      },
    ]);
  });

  it('reads a bare list of { resource, defaults } entries', () => {
    expect(normalizeResourceSettings([{ resource: 'leads', defaults: [owner] }], 'leads')).toEqual([
      { allow_custom_values: false, ...owner },
    ]);
  });

  it('takes a lone entry without resource as the one asked for', () => {
    expect(normalizeResourceSettings({ configuration: [{ defaults: [owner] }] }, 'leads')).toHaveLength(1);
  });

  it('answers [] when the resource has no settings', () => {
    expect(normalizeResourceSettings({ id: 'crm+x' }, 'leads')).toEqual([]);
    expect(normalizeResourceSettings({ configuration: [{ resource: 'deals', defaults: [owner] }] }, 'leads')).toEqual(
      [],
    );
    expect(normalizeResourceSettings([], 'leads')).toEqual([]);
  });

  it.each([
    undefined,
    null,
    'text',
    42,
    ['a'],
    { configuration: 'x' },
    { configuration: [{ resource: 'leads', defaults: 'x' }] },
  ])('returns undefined for the unrecognised %j', (data) => {
    expect(normalizeResourceSettings(data, 'leads')).toBeUndefined();
  });
});
