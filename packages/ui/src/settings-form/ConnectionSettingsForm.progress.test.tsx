import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FormField } from '@integrations-kit/client';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectionSettingsForm } from './ConnectionSettingsForm.js';

// Every answer waits, so the loading and saving states stay on screen long enough to see.
const mock = setupVaultServer({ latency: 500 });

describe('ConnectionSettingsForm progress', { timeout: 30_000 }, () => {
  it('announces loading, then shows progress while saving', async () => {
    mock.setConnection(
      testConnection('crm', 'acme', 'Acme', {
        form_fields: [{ id: 'name', label: 'Name', type: 'text', allow_custom_values: false } as FormField],
      }),
    );
    const { user } = renderWithKit(<ConnectionSettingsForm unifiedApi="crm" serviceId="acme" />, { mock });
    expect(screen.getByRole('status')).toHaveTextContent('Loading settings…');
    await user.type(await screen.findByRole('textbox', { name: 'Name' }), 'Acme');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const saving = await screen.findByRole('button', { name: 'Saving…' });
    expect(saving).toBeDisabled();
    expect(saving.closest('form')).toHaveAttribute('aria-busy', 'true');
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
  });
});
