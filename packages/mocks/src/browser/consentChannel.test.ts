import { afterEach, describe, expect, it } from 'vitest';
import { createVaultMock } from '../createVaultMock.js';
import { listenForConsent, postConsent } from './consentChannel.js';

const mock = createVaultMock();
let stop = () => undefined as void;
afterEach(() => {
  stop();
  mock.reset();
});

// A real pause: a BroadcastChannel delivers on the event loop, which no fake clock drives.
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('listenForConsent', () => {
  it('applies revokes and nonce-less consents posted on the channel to the mock', async () => {
    stop = listenForConsent(mock);
    postConsent({ action: 'revoke', applicationId: 'ik-demo-app', unifiedApi: 'crm', serviceId: 'salesforce' });
    postConsent({
      action: 'authorize',
      applicationId: 'ik-demo-app',
      unifiedApi: 'issue-tracking',
      serviceId: 'linear',
    });
    await settle();
    expect(mock.getConnection('crm', 'salesforce')).toMatchObject({ state: 'added', health: 'needs_auth' });
    expect(mock.getConnection('issue-tracking', 'linear')).toMatchObject({ state: 'callable' });
  });

  it('ignores decisions for another application and malformed messages', async () => {
    stop = listenForConsent(mock);
    postConsent({ action: 'revoke', applicationId: 'other-app', unifiedApi: 'crm', serviceId: 'salesforce' });
    const raw = new BroadcastChannel('integrations-kit:mock-vault');
    raw.postMessage({ type: 'integrations-kit:mock-consent', action: 'revoke', serviceId: 'salesforce' });
    raw.close();
    await settle();
    expect(mock.getConnection('crm', 'salesforce')).toMatchObject({ state: 'callable' });
  });
});
