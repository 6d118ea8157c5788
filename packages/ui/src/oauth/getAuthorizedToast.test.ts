import type { Connection } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { deOAuthMessages, enOAuthMessages } from '../i18n/oauthMessages.js';
import { getAuthorizedToast } from './getAuthorizedToast.js';

const hubspot: Connection = { id: 'crm+hubspot', service_id: 'hubspot', name: 'HubSpot', auth_type: 'oauth2' };

describe('getAuthorizedToast', () => {
  it('says connected only when the connection became callable', () => {
    expect(getAuthorizedToast({ ...hubspot, state: 'callable' }, enOAuthMessages)).toEqual({
      title: 'HubSpot connected',
      tone: 'success',
    });
  });

  it('says signed in, with the settings still to finish, while required settings are empty', () => {
    expect(
      getAuthorizedToast({ ...hubspot, state: 'authorized', health: 'missing_settings' }, enOAuthMessages),
    ).toEqual({
      title: 'Signed in to HubSpot: finish the settings to start syncing',
      tone: 'info',
    });
    expect(getAuthorizedToast({ ...hubspot, state: 'authorized' }, deOAuthMessages).title).toBe(
      'Bei HubSpot angemeldet: Schließen Sie die Einstellungen ab, um die Synchronisierung zu starten',
    );
  });
});
