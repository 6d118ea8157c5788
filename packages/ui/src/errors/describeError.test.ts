import { UnsafeUrlError, VaultApiError, VaultNetworkError, VaultResponseError } from '@integrations-kit/client';
import { SessionRefreshTimeoutError } from '@integrations-kit/hooks';
import { describe, expect, it } from 'vitest';
import { deDialogMessages, enDialogMessages } from '../i18n/dialogMessages.js';
import { describeError } from './describeError.js';

const messages = enDialogMessages.errors;
const api = (status: number, body: unknown = {}, retryAfter?: string) =>
  new VaultApiError({ status, body, retryAfter: retryAfter ?? null });

describe('describeError', () => {
  it('tells the user to reload when the session expired', () => {
    expect(describeError(api(401), messages)).toEqual({
      reason: 'session',
      message: messages.sessionExpired,
      retryable: false,
    });
  });

  it('names missing permission, a vanished integration and an unpaid plan without offering retry', () => {
    expect(describeError(api(403), messages)).toMatchObject({ reason: 'permission', retryable: false });
    expect(describeError(api(404), messages)).toMatchObject({ reason: 'not-found', retryable: false });
    expect(describeError(api(402), messages)).toMatchObject({ reason: 'plan', retryable: false });
  });

  it("shows the API's validation detail when it is a readable sentence", () => {
    const error = api(422, { message: 'Invalid Params', detail: 'instance_url must be a URL' });
    expect(describeError(error, messages).message).toBe('Some values were not accepted: instance_url must be a URL');
    const nested = api(400, { detail: { message: 'api_key is required' } });
    expect(describeError(nested, messages).message).toBe('Some values were not accepted: api_key is required');
  });

  it('falls back to the generic validation text when the detail is markup', () => {
    const error = api(400, { detail: '<html><body>Bad</body></html>' });
    expect(describeError(error, messages)).toMatchObject({ reason: 'validation', message: messages.validation });
  });

  it('offers retry for server errors, rate limits (with the wait), network and bad responses', () => {
    expect(describeError(api(503), messages)).toMatchObject({ reason: 'server', retryable: true });
    expect(describeError(api(429, {}, '7'), messages)).toEqual({
      reason: 'rate-limit',
      message: 'Too many requests. Try again in 7 seconds.',
      retryable: true,
    });
    const network = new VaultNetworkError('listing connections', { cause: new TypeError('Failed to fetch') });
    expect(describeError(network, messages)).toEqual({ reason: 'network', message: messages.network, retryable: true });
    const response = new VaultResponseError('listing', { status: 200, body: 'x', expected: '{ data }' });
    expect(describeError(response, messages)).toMatchObject({ reason: 'response', retryable: true });
  });

  it('refuses to suggest retrying an unsafe URL and handles foreign errors', () => {
    expect(describeError(new UnsafeUrlError('authorize URL', 'javascript:alert(1)'), messages)).toMatchObject({
      reason: 'unsafe-url',
      retryable: false,
    });
    expect(describeError(new Error('boom'), messages)).toEqual({
      reason: 'unknown',
      message: messages.unknown,
      retryable: true,
    });
  });

  it('speaks the messages it is given', () => {
    expect(describeError(api(401), deDialogMessages.errors).message).toBe(deDialogMessages.errors.sessionExpired);
  });

  it('says a slow sign-in took too long and offers a retry, unlike an expired session', () => {
    expect(describeError(new SessionRefreshTimeoutError(15_000), messages)).toEqual({
      reason: 'session',
      message: messages.sessionTimeout,
      retryable: true,
    });
  });
});
