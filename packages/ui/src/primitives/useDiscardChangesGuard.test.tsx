import { screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { FormField } from '@integrations-kit/client';
import { ConfirmDialog } from './ConfirmDialog.js';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { useDiscardChangesGuard } from './useDiscardChangesGuard.js';

const mock = setupVaultServer();

function Host() {
  const guard = useDiscardChangesGuard();
  const [open, setOpen] = useState(true);
  if (!open) return <p>Closed</p>;
  return (
    <>
      <ConnectionSettingsForm unifiedApi="crm" serviceId="acme" onDirtyChange={guard.onDirtyChange} />
      <button type="button" onClick={() => guard.requestClose(() => setOpen(false))}>
        Close
      </button>
      <ConfirmDialog {...guard.promptProps} />
    </>
  );
}

const name = { id: 'name', label: 'Name', type: 'text', allow_custom_values: false } as FormField;

describe('useDiscardChangesGuard', { timeout: 30_000 }, () => {
  it('closes at once without unsaved changes', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [name] }));
    const { user } = renderWithKit(<Host />, { mock });
    await screen.findByRole('textbox', { name: 'Name' });
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.getByText('Closed')).toBeInTheDocument();
  });

  it('asks before discarding typed changes, and keeps them when the user goes back', async () => {
    mock.setConnection(testConnection('crm', 'acme', 'Acme', { form_fields: [name] }));
    const { user } = renderWithKit(<Host />, { mock });
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    const prompt = await screen.findByRole('alertdialog', { name: 'Discard unsaved changes?' });
    expect(prompt).toHaveAccessibleDescription('The changes you made to these settings will be lost.');
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveValue('Acme');

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(await screen.findByRole('button', { name: 'Discard' }));
    expect(screen.getByText('Closed')).toBeInTheDocument();
    expect(mock.requests.filter((request) => request.method === 'PATCH')).toEqual([]);
  });
});
