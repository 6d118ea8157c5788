import { IntegrationsPage, enMessages } from '@integrations-kit/ui';
import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { acme, secretInput } from '../test/acme.js';
import { createTestQueryClient, renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer({ connections: [acme] });
const { mock } = vault;
const ONE = '/vault/connections/crm/acme';
const detailReads = () => mock.requests.filter((request) => request.method === 'GET' && request.path === ONE);

afterEach(() => {
  vi.useRealTimers();
});

/** Opens Acme's settings and types a draft into every kind of field, without saving. */
async function typeDraft(options: { kitRetry?: boolean } = {}) {
  const view = renderKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
    mock,
    queryClient: createTestQueryClient(options),
  });
  const { user } = view;
  await user.click(await screen.findByRole('button', { name: /^Acme CRM / }));
  const dialog = await screen.findByRole('dialog');
  const url = await within(dialog).findByRole('textbox', { name: /Instance URL/ });
  await user.clear(url);
  await user.type(url, 'https://draft.example.com');
  await user.type(secretInput(dialog), 'draft-key');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /Region/ }), 'United States');
  return { ...view, dialog };
}

function expectDraftKept(dialog: HTMLElement) {
  expect(within(dialog).getByRole('textbox', { name: /Instance URL/ })).toHaveValue('https://draft.example.com');
  expect(secretInput(dialog)).toHaveValue('draft-key');
  expect(within(dialog).getByRole('combobox', { name: /Region/ })).toHaveDisplayValue('United States');
  expect(within(dialog).getByRole('button', { name: enMessages.form.save })).toBeEnabled();
}

/** The detail read after the form settled, which the fault answers. */
async function settledReread(reads: number) {
  await vi.waitFor(() => expect(detailReads().length).toBeGreaterThan(reads), { timeout: 8000 });
  // Let the failed read reach the cache and React render what it does with it.
  await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
}

describe('a background re-read never replaces unsaved settings', { tags: ['faults'] }, () => {
  it.each([404, 500, 503])('an invalidation answered %i keeps the draft', async (status) => {
    const { dialog, queryClient } = await typeDraft();
    const reads = detailReads().length;
    mock.fail({ method: 'GET', path: ONE, status, times: 5 });
    await act(() => queryClient.invalidateQueries({ queryKey: ['vault'] }));
    await settledReread(reads);
    expectDraftKept(dialog);
  });

  it('a 5xx until the kit’s retries end keeps the draft', async () => {
    const { dialog, queryClient } = await typeDraft({ kitRetry: true });
    const reads = detailReads().length;
    mock.fail({ method: 'GET', path: ONE, status: 503, times: 10 });
    // The kit's backoff (1 s, then 2 s) waits on a fake clock, moved on in steps (it still moves by itself, so MSW and Testing Library work).
    vi.useFakeTimers({ shouldAdvanceTime: true, toFake: ['setTimeout', 'clearTimeout'] });
    void queryClient.invalidateQueries({ queryKey: ['vault'] });
    for (let step = 0; detailReads().length < reads + 3 && step < 100; step += 1) {
      await act(() => vi.advanceTimersByTimeAsync(100));
    }
    expect(detailReads().length).toBeGreaterThanOrEqual(reads + 3);
    await settledReread(reads + 3);
    expectDraftKept(dialog);
  });

  it.each([404, 500])('a window focus after the 30 s staleTime answered %i keeps the draft', async (status) => {
    const { dialog } = await typeDraft();
    const reads = detailReads().length;
    mock.fail({ method: 'GET', path: ONE, status, times: 5 });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 31_000);
    act(() => void window.dispatchEvent(new Event('visibilitychange')));
    await settledReread(reads);
    expectDraftKept(dialog);
  });

  it('a successful re-read with other values leaves the draft alone too', async () => {
    const { dialog, queryClient } = await typeDraft();
    const reads = detailReads().length;
    mock.setConnection({ ...acme, settings: { ...acme.settings, instance_url: 'https://elsewhere.example.com' } });
    await act(() => queryClient.invalidateQueries({ queryKey: ['vault'] }));
    await settledReread(reads);
    expectDraftKept(dialog);
  });
});
