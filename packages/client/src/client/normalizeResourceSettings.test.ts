import { describe, expect, it } from 'vitest';
import { normalizeResourceSettings } from './normalizeResourceSettings.js';

const leadSource = { id: 'lead_source', label: 'Lead source', type: 'select', value: 'web', target: 'resource' };
const owner = { id: 'owner_id', value: '501' };

describe('normalizeResourceSettings', () => {
  it('picks the requested resource from the spec shape and fills allow_custom_values', () => {
    const data = { id: 'crm+x', configuration: [{ resource: 'deals', defaults: [owner] }, { resource: 'leads', defaults: [leadSource] }] };
    expect(normalizeResourceSettings(data, 'leads')).toEqual([{ allow_custom_values: false, ...leadSource }]);
  });

  it('keeps the flat shape fields as they are', () => {
    const flat = [{ ...leadSource, allow_custom_values: true }, owner];
    expect(normalizeResourceSettings(flat, 'leads')).toEqual([flat[0], { allow_custom_values: false, ...owner }]);
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
    expect(normalizeResourceSettings({ configuration: [{ resource: 'deals', defaults: [owner] }] }, 'leads')).toEqual([]);
    expect(normalizeResourceSettings([], 'leads')).toEqual([]);
  });

  it.each([undefined, null, 'text', 42, ['a'], { configuration: 'x' }, { configuration: [{ resource: 'leads', defaults: 'x' }] }])(
    'returns undefined for the unrecognised %j',
    (data) => {
      expect(normalizeResourceSettings(data, 'leads')).toBeUndefined();
    },
  );
});
