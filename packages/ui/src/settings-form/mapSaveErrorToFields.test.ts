import { VaultApiError, VaultNetworkError } from '@integrations-kit/client';
import { describe, expect, it } from 'vitest';
import { toFieldDefinitions } from '../fields/toFieldDefinitions.js';
import { mapSaveErrorToFields } from './mapSaveErrorToFields.js';

const fields = toFieldDefinitions([
  { id: 'instance_url', label: 'Instance URL', type: 'url' },
  { id: 'owner', label: 'Owner', type: 'text' },
]);

const unprocessable = (body: Record<string, unknown>) =>
  new VaultApiError({ status: 422, body: { status_code: 422, ...body } });

describe('mapSaveErrorToFields', () => {
  it("reads the mock's and API's `detail.errors[{ field, message }]`", () => {
    const error = unprocessable({
      message: 'Validation failed',
      detail: {
        errors: [
          { field: 'settings.instance_url', message: 'Instance URL must be https' },
          { field: 'configuration.leads.owner', message: 'Owner is unknown' },
        ],
      },
    });
    expect(mapSaveErrorToFields(error, fields)).toEqual([
      { fieldId: 'instance_url', message: 'Instance URL must be https' },
      { fieldId: 'owner', message: 'Owner is unknown' },
    ]);
  });

  it('reads a detail keyed by setting id', () => {
    const error = unprocessable({ detail: { instance_url: ['is not reachable'] } });
    expect(mapSaveErrorToFields(error, fields)).toEqual([{ fieldId: 'instance_url', message: 'is not reachable' }]);
  });

  it('maps a plain-text detail only when it names exactly one setting', () => {
    expect(
      mapSaveErrorToFields(unprocessable({ message: 'Invalid', detail: 'instance_url is not reachable' }), fields),
    ).toEqual([{ fieldId: 'instance_url', message: 'instance_url is not reachable' }]);
    expect(mapSaveErrorToFields(unprocessable({ detail: 'instance_url and owner clash' }), fields)).toEqual([]);
  });

  it('ignores other statuses and errors', () => {
    const conflict = new VaultApiError({
      status: 409,
      body: { detail: { errors: [{ field: 'settings.owner', message: 'x' }] } },
    });
    expect(mapSaveErrorToFields(conflict, fields)).toEqual([]);
    expect(
      mapSaveErrorToFields(new VaultNetworkError('offline', { cause: new TypeError('fetch failed') }), fields),
    ).toEqual([]);
    expect(mapSaveErrorToFields(new Error('boom'), fields)).toEqual([]);
  });
});
