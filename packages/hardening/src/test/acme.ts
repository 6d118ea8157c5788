import type { Connection } from '@integrations-kit/client';
import { testConnection, textField } from './connections.js';

/** A working API-key connection with a URL, a secret and a choice: the settings form's usual shape. */
export const acme: Connection = testConnection('crm', 'acme', 'Acme', {
  form_fields: [
    textField('instance_url', 'Instance URL', { required: true }),
    { id: 'api_key', label: 'API key', type: 'password', required: true, sensitive: true, allow_custom_values: false },
    {
      id: 'region',
      label: 'Region',
      type: 'select',
      allow_custom_values: false,
      options: [
        { option_type: 'simple', label: 'Europe', value: 'eu' },
        { option_type: 'simple', label: 'United States', value: 'us' },
      ],
    },
  ],
  settings: { instance_url: 'https://acme.example.com', api_key: 'stored-secret-value', region: 'eu' },
});

/** The secret field of an open settings form (password inputs have no ARIA role). */
export function secretInput(container: HTMLElement): HTMLInputElement {
  const input = container.querySelector<HTMLInputElement>('input[name$="api_key"], input[type="password"]');
  if (!input) throw new Error('No secret input in the form');
  return input;
}
