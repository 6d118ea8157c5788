import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { QueryClient } from '@tanstack/react-query';
import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { acme, secretInput } from '../test/acme.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const errors = enMessages.dialog.errors;
const vault = setupVaultServer({ connections: [acme] });
const { mock } = vault;
const ONE = '/vault/connections/crm/acme';
const patches = () => mock.requests.filter((request) => request.method === 'PATCH');

// A host that asks for mutation retries: the kit must still send a failed write only once.
const eagerHost = () =>
  new QueryClient({
    defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { retry: 3, retryDelay: 0 } },
  });

async function typeAndSave(getToken?: () => Promise<string>) {
  const view = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
    mock,
    queryClient: eagerHost(),
    getToken,
  });
  const { user } = view;
  await user.click(await screen.findByRole('button', { name: /^Acme CRM / }));
  const dialog = await screen.findByRole('dialog');
  const url = await within(dialog).findByRole('textbox', { name: /Instance URL/ });
  await user.clear(url);
  await user.type(url, 'https://typed.example.com');
  await user.type(secretInput(dialog), 'typed-new-key');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /Region/ }), 'United States');
  await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
  return { ...view, dialog };
}

function expectTypedValuesKept(dialog: HTMLElement) {
  expect(within(dialog).getByRole('textbox', { name: /Instance URL/ })).toHaveValue('https://typed.example.com');
  expect(secretInput(dialog)).toHaveValue('typed-new-key');
  expect(within(dialog).getByRole('combobox', { name: /Region/ })).toHaveDisplayValue('United States');
}

describe('a failed save keeps every typed value, says why, and is sent once', { tags: ['faults'] }, () => {
  it.each([
    // A refused value: the API's own explanation (its message or its detail) is what helps.
    [
      400,
      { message: 'Invalid instance_url', detail: 'instance_url is not reachable' },
      /Invalid instance_url|instance_url is not reachable/,
      {},
    ],
    [402, {}, errors.paymentRequired, {}],
    [404, {}, errors.notFound, {}],
    [429, {}, errors.rateLimitedFor(30), { 'Retry-After': '30' }],
    [500, {}, errors.serverDown, {}],
    [502, {}, errors.serverDown, {}],
    [503, {}, errors.serverDown, {}],
  ])('%i', async (status, body, message, headers) => {
    mock.fail({
      method: 'PATCH',
      path: ONE,
      status,
      headers,
      body: Object.keys(body).length
        ? { status_code: status, error: 'Error', type_name: 'Error', message: 'Error', ref: 'x', ...body }
        : undefined,
      times: 5,
    });
    const { dialog } = await typeAndSave();
    const outcome = await within(dialog).findByRole('alert');
    expect(outcome).toHaveTextContent(enMessages.form.saveFailed);
    expect(outcome).toHaveTextContent(message);
    expectTypedValuesKept(dialog);
    expect(patches()).toHaveLength(1);
    expect(mock.getConnection('crm', 'acme')?.settings).toEqual(acme.settings);
  });

  it('422: puts the API message on the field it names', async () => {
    mock.fail({
      method: 'PATCH',
      path: ONE,
      status: 422,
      body: {
        status_code: 422,
        error: 'Unprocessable Entity',
        type_name: 'InvalidStateError',
        message: 'Invalid settings',
        detail: { errors: [{ field: 'settings.instance_url', message: 'Use your company subdomain' }] },
        ref: 'x',
      },
    });
    const { dialog } = await typeAndSave();
    const url = within(dialog).getByRole('textbox', { name: /Instance URL/ });
    expect(await within(dialog).findByText('Use your company subdomain')).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expectTypedValuesKept(dialog);
    expect(patches()).toHaveLength(1);
  });

  it('a dropped network', async () => {
    mock.fail({ method: 'PATCH', path: ONE, network: true, times: 5 });
    const { dialog } = await typeAndSave();
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(errors.network);
    expectTypedValuesKept(dialog);
    expect(patches()).toHaveLength(1);
  });

  it('401: one token refresh and one repeat, then "session expired" with the values still there', async () => {
    mock.fail({ method: 'PATCH', path: ONE, status: 401, times: 5 });
    const getToken = vi.fn(async () => mock.token);
    const { dialog } = await typeAndSave(getToken);
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(errors.sessionExpired);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(patches()).toHaveLength(2);
    expectTypedValuesKept(dialog);
  });

  it('saves what was typed once the fault is gone', async () => {
    mock.fail({ method: 'PATCH', path: ONE, status: 503 });
    const { user, dialog } = await typeAndSave();
    await within(dialog).findByRole('alert');
    await user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(patches().at(-1)?.body).toEqual({
      settings: { instance_url: 'https://typed.example.com', api_key: 'typed-new-key', region: 'us' },
    });
  });
});
