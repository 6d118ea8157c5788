import type { Connector } from '@integrations-kit/client';
import { fixtures } from '@integrations-kit/mocks';
import { describe, expect, it } from 'vitest';
import { getConnectorCapabilities, consumerGuideOf } from './getConnectorCapabilities.js';

const base: Connector = { id: 'acme', name: 'Acme', status: 'live', webhook_support: { mode: 'none' } };
const fixture = (id: string) => fixtures.connectors.find((connector) => connector.id === id) as Connector;

describe('getConnectorCapabilities', () => {
  it('adds nothing for a live connector without webhooks, trial or sandbox', () => {
    expect(getConnectorCapabilities(base)).toEqual([]);
  });

  it('marks beta and early-access connectors, and no other status', () => {
    expect(getConnectorCapabilities({ ...base, status: 'beta' })).toEqual([{ kind: 'beta' }]);
    expect(getConnectorCapabilities({ ...base, status: 'early-access' })).toEqual([{ kind: 'early-access' }]);
    expect(getConnectorCapabilities({ ...base, status: 'development' })).toEqual([]);
  });

  it('names native and virtual webhooks with their events, each once', () => {
    const events = [
      { event_type: 'crm.lead.created' },
      { event_type: 'crm.lead.created' },
      { event_type: 'crm.lead.updated' },
    ];
    expect(
      getConnectorCapabilities({ ...base, webhook_support: { mode: 'native' }, supported_events: events }),
    ).toEqual([{ kind: 'webhooks', mode: 'native', events: ['crm.lead.created', 'crm.lead.updated'] }]);
    expect(getConnectorCapabilities({ ...base, webhook_support: { mode: 'virtual' } })).toEqual([
      { kind: 'webhooks', mode: 'virtual', events: [] },
    ]);
  });

  it('offers a free trial with its signup URL only when that URL is safe', () => {
    const trial = { ...base, free_trial_available: true };
    expect(getConnectorCapabilities({ ...trial, signup_url: 'https://acme.example/signup' })).toEqual([
      { kind: 'free-trial', signupUrl: 'https://acme.example/signup' },
    ]);
    expect(getConnectorCapabilities({ ...trial, signup_url: 'javascript:alert(1)' })).toEqual([
      { kind: 'free-trial', signupUrl: undefined },
    ]);
  });

  it('marks sandbox credentials, as the Salesforce fixture offers them', () => {
    expect(getConnectorCapabilities(fixture('salesforce')).map((capability) => capability.kind)).toEqual([
      'webhooks',
      'sandbox',
    ]);
  });
});

describe('consumerGuideOf', () => {
  it('finds the consumer markdown doc and ignores the application owner docs', () => {
    const docs: Connector['docs'] = [
      { id: 'application_owner+oauth_credentials', audience: 'application_owner', format: 'markdown' },
      { id: 'consumer+connection', audience: 'consumer', format: 'markdown', url: 'https://x.example/doc' },
    ];
    expect(consumerGuideOf({ ...base, docs })?.id).toBe('consumer+connection');
    expect(consumerGuideOf({ ...base, docs: docs.slice(0, 1) })).toBeUndefined();
    expect(consumerGuideOf(undefined)).toBeUndefined();
  });
});
