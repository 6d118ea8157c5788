import type { Connection } from '@integrations-kit/client';
import * as Dialog from '@radix-ui/react-dialog';
import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DialogLayer } from '../primitives/DialogLayer.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionDialog } from './ConnectionDialog.js';
import { DialogSection } from './DialogSection.js';
import { useInitialView } from './useInitialView.js';

const pipedrive: Connection = {
  ...testConnection('crm', 'pipedrive', 'Pipedrive'),
  form_fields: [{ id: 'company_domain', label: 'Company domain', type: 'text', allow_custom_values: false }],
  settings: { company_domain: 'acme' },
};
const mock = setupVaultServer({ connections: [pipedrive] });
const redirectUri = `${window.location.origin}/oauth/callback`;

// Only animation frames are faked: the view looks for its section in a frame, and a test decides
// whether the person acts before or after that look. Requests and typing run on real timers.
beforeEach(() => vi.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] }));
afterEach(() => vi.useRealTimers());

/** Runs the frames the view schedules, as a browser would while the person pauses. */
const runFrames = () =>
  act(() => {
    for (let frame = 0; frame < 5; frame += 1) vi.advanceTimersToNextFrame();
  });

/** Opens Pipedrive's dialog on a deep link to Settings, once its settings field is shown. */
async function openOnSettings() {
  const { user } = renderWithKit(
    <ConnectionDialog
      connection={{ unifiedApi: 'crm', serviceId: 'pipedrive' }}
      redirectUri={redirectUri}
      defaultOpen
      initialView="settings"
    />,
    { mock },
  );
  const dialog = await screen.findByRole('dialog');
  const domain = await within(dialog).findByLabelText(/Company domain/, { selector: 'input' });
  return { user, dialog, domain };
}

describe('useInitialView in the connection dialog', { timeout: 20_000 }, () => {
  it('leaves focus and typed text in a settings field the person reached before the view looked', async () => {
    const { user, dialog, domain } = await openOnSettings();
    await user.clear(domain);
    await user.type(domain, 'globex');
    runFrames();

    expect(domain).toHaveFocus();
    await user.type(domain, '-eu');
    expect(domain).toHaveValue('globex-eu');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        mock.requests.filter(({ method, path }) => method === 'PATCH' && path === '/vault/connections/crm/pipedrive'),
      ).toEqual([expect.objectContaining({ body: { settings: { company_domain: 'globex-eu' } } })]),
    );
  });

  it('lands on the section heading when the person has not acted', async () => {
    const { dialog } = await openOnSettings();
    runFrames();
    expect(within(dialog).getByRole('heading', { name: 'Settings' })).toHaveFocus();
  });
});

/** An open dialog on a deep link to Settings, whose section mounts only once `sectionShown`. */
function LateSection({ sectionShown, fieldFirst = false }: { sectionShown: boolean; fieldFirst?: boolean }) {
  useInitialView(true, true, 'settings');
  const field = (
    <label>
      Notes <input />
    </label>
  );
  return (
    <Dialog.Root open>
      <DialogLayer data-slot="connection-dialog" aria-describedby={undefined}>
        {fieldFirst ? field : null}
        <Dialog.Title>Pipedrive</Dialog.Title>
        <Dialog.Close>Close</Dialog.Close>
        {fieldFirst ? null : field}
        {sectionShown ? (
          <DialogSection title="Settings" view="settings">
            <p>Company domain</p>
          </DialogSection>
        ) : null}
      </DialogLayer>
    </Dialog.Root>
  );
}

function renderLateSection(props: { fieldFirst?: boolean } = {}) {
  const result = renderWithKit(<LateSection sectionShown={false} {...props} />);
  const showSection = () => {
    result.rerender(<LateSection sectionShown {...props} />);
    runFrames();
    return screen.getByRole('heading', { name: 'Settings' });
  };
  return { ...result, dialog: screen.getByRole('dialog'), showSection };
}

describe('useInitialView with a section that mounts late', () => {
  it('keeps focus and typed text in a field the person typed into before the section appeared', async () => {
    const { user, dialog, showSection } = renderLateSection();
    const notes = within(dialog).getByRole('textbox', { name: 'Notes' });
    await user.click(notes);
    await user.type(notes, 'globex');
    runFrames();

    expect(showSection()).not.toHaveFocus();
    expect(notes).toHaveFocus();
    await user.keyboard('-eu');
    expect(notes).toHaveValue('globex-eu');
  });

  it.each([
    ['a key press', 'keydown'],
    ['a pointer press', 'pointerdown'],
  ] as const)('%s in the dialog before the section appears stops the later focus move', async (_, kind) => {
    const { user, dialog, showSection } = renderLateSection();
    const close = within(dialog).getByRole('button', { name: 'Close' });
    expect(close).toHaveFocus();
    if (kind === 'keydown') await user.keyboard('{Shift}');
    else await user.pointer({ keys: '[MouseLeft]', target: within(dialog).getByText('Pipedrive') });
    const focused = document.activeElement;

    expect(showSection()).not.toHaveFocus();
    expect(document.activeElement).toBe(focused);
  });

  it('lands on the heading of a late section when the person has not acted', () => {
    const { showSection } = renderLateSection();
    expect(showSection()).toHaveFocus();
  });

  it("lands on the heading when the only field focus is the dialog's own open auto-focus", () => {
    const { dialog, showSection } = renderLateSection({ fieldFirst: true });
    expect(within(dialog).getByRole('textbox', { name: 'Notes' })).toHaveFocus();
    expect(showSection()).toHaveFocus();
  });
});
