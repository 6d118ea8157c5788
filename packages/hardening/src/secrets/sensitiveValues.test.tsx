import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { acme, secretInput } from '../test/acme.js';
import { envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const SECRET = 'sk_typed_Zq8v3LmN0pR7';
const vault = setupVaultServer({ connections: [acme] });
const { mock } = vault;
const ONE = '/vault/connections/crm/acme';

// Everything written to the console during a case.
let logged: string[] = [];
beforeEach(() => {
  logged = [];
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      logged.push(
        args
          .map((arg) =>
            arg instanceof Error ? `${arg.message} ${arg.stack}` : typeof arg === 'string' ? arg : safeJson(arg),
          )
          .join(' '),
      );
    });
  }
});
afterEach(() => {
  expect(
    logged.filter((line) => line.includes(SECRET)),
    'console output',
  ).toEqual([]);
});

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The page's text, attributes and every form control's live value. */
function domText(): string {
  const values = [...document.querySelectorAll('input, textarea, select')].map(
    (element) => (element as HTMLInputElement).value,
  );
  return `${document.body.outerHTML}\n${values.join('\n')}`;
}

async function typeSecretAndSave() {
  const view = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, { mock });
  await view.user.click(await screen.findByRole('button', { name: /^Acme CRM / }));
  const dialog = await screen.findByRole('dialog');
  await view.user.type(await waitForSecret(dialog), SECRET);
  await view.user.click(within(dialog).getByRole('button', { name: enMessages.form.save }));
  return { ...view, dialog };
}

async function waitForSecret(dialog: HTMLElement) {
  await within(dialog).findByRole('textbox', { name: /Instance URL/ });
  return secretInput(dialog);
}

describe('secret settings stay out of the page, the console and error messages', { tags: ['secrets'] }, () => {
  it('sends a typed secret once and leaves no trace of it in the page after saving', async () => {
    const { user, dialog } = await typeSecretAndSave();
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(mock.requests.find((request) => request.method === 'PATCH')?.body).toEqual({
      settings: { api_key: SECRET },
    });
    expect(secretInput(dialog)).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: enMessages.form.revealSecretLabel('API key') }));
    expect(domText()).not.toContain(SECRET);
  });

  it('does not show a secret the API wrongly echoes in its answer', async () => {
    vault.server.use(
      http.patch(`${mock.baseUrl}${ONE}`, () =>
        HttpResponse.json(
          envelope({
            ...acme,
            settings: { ...acme.settings, api_key: SECRET },
            form_fields: acme.form_fields?.map((field) =>
              field.id === 'api_key' ? { ...field, value: SECRET } : field,
            ),
          }),
        ),
      ),
    );
    const { dialog } = await typeSecretAndSave();
    expect(await within(dialog).findByText(enMessages.form.saved)).toBeInTheDocument();
    expect(domText()).not.toContain(SECRET);
  });

  it.each([
    [500, { message: `Upstream rejected ${SECRET}`, detail: `api_key=${SECRET}` }],
    [502, { message: `Bad gateway for key ${SECRET}` }],
    [429, { message: `Rate limit for key ${SECRET}` }],
    [404, { message: `No connection for key ${SECRET}` }],
    [400, { message: `Invalid api_key ${SECRET}`, detail: `api_key "${SECRET}" was rejected by the provider` }],
    [
      422,
      { message: 'Invalid settings', detail: { errors: [{ field: 'api_key', message: `Key ${SECRET} is revoked` }] } },
    ],
  ])('keeps a secret the API echoes in a %i error out of the messages it shows', async (status, body) => {
    mock.fail({
      method: 'PATCH',
      path: ONE,
      status,
      body: Object.keys(body).length
        ? { status_code: status, error: 'Error', type_name: 'Error', ref: 'x', ...body }
        : undefined,
    });
    const { dialog } = await typeSecretAndSave();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent(enMessages.form.saveFailed);
    const shown = [...dialog.querySelectorAll('[role="alert"], [id$="-error"], [aria-live]')]
      .map((node) => node.textContent)
      .join('\n');
    const toasts = document.querySelector('[data-slot="toaster"]')?.textContent ?? '';
    expect(`${shown}\n${toasts}`).not.toContain(SECRET);
    // The typed value itself stays in its (masked) input so the user can fix and resend it.
    expect(secretInput(dialog)).toHaveValue(SECRET);
    expect(secretInput(dialog)).toHaveAttribute('type', 'password');
  });
});
