import { partialMatchKey } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { vaultKeys } from './vaultKeys.js';

const ref = { unifiedApi: 'crm', serviceId: 'pipedrive' };
const alice = vaultKeys({ baseUrl: 'https://unify.apideck.com', appId: 'app', consumerId: 'alice' });
const bob = vaultKeys({ baseUrl: 'https://unify.apideck.com', appId: 'app', consumerId: 'bob' });

describe('vaultKeys', () => {
  it('starts every key with the base URL, app and consumer', () => {
    expect(alice.connections({ api: 'crm' })).toEqual([
      'vault',
      'https://unify.apideck.com',
      'app',
      'alice',
      'connections',
      { api: 'crm' },
    ]);
    expect(alice.connection(ref).slice(0, 4)).toEqual(alice.all);
    expect(alice.connectors().slice(0, 4)).toEqual(alice.all);
  });

  it('never lets one session match the keys of another', () => {
    expect(partialMatchKey(bob.connection(ref), alice.all)).toBe(false);
    expect(partialMatchKey(alice.connection(ref), alice.all)).toBe(true);
  });

  it('nests resource settings, custom fields, mappings and examples under their connection, lists apart', () => {
    expect(partialMatchKey(alice.resourceSettings(ref, 'leads'), alice.connection(ref))).toBe(true);
    expect(partialMatchKey(alice.customFields(ref, 'leads'), alice.connection(ref))).toBe(true);
    expect(partialMatchKey(alice.mappings(ref), alice.connection(ref))).toBe(true);
    expect(partialMatchKey(alice.resourceExample(ref, 'leads'), alice.connection(ref))).toBe(true);
    expect(partialMatchKey(alice.connections({ api: 'crm' }), alice.connectionLists())).toBe(true);
    expect(partialMatchKey(alice.connection(ref), alice.connectionLists())).toBe(false);
  });

  it('gives the infinite connector catalog its own segment', () => {
    expect(alice.connectors({ limit: 20 })).toContain('infinite');
    expect(partialMatchKey(alice.connector('salesforce'), alice.connectorLists())).toBe(false);
  });
});
