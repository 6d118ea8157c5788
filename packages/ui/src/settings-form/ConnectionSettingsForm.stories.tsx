import type { FormField } from '@integrations-kit/client';
import { REJECTED_SECRET, testConnection } from '@integrations-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, within } from 'storybook/test';
import { expectFocusOn, fixtureConnection, neverAnswer } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ConnectionSettingsForm } from './ConnectionSettingsForm.js';

/**
 * A connection's settings form, generated from its `form_fields`: validates before any request,
 * saves only what changed, keeps what was typed when a save fails. Every story is a connection of
 * the mock; `FormFieldControl` has one story per field type and attribute.
 */
const meta = {
  title: 'Forms/ConnectionSettingsForm',
  component: ConnectionSettingsForm,
  args: { unifiedApi: 'crm', serviceId: 'hubspot', onSaved: fn() },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ConnectionSettingsForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const on = (unifiedApi: string, serviceId: string): Story['args'] => ({ unifiedApi, serviceId });
const vault = (parameters: VaultParameters) => ({ vault: parameters });
type Recorded = { method: string; body: unknown };
const patches = (requests: Recorded[]) => requests.filter((request) => request.method === 'PATCH');

/** HubSpot: a required select, an email and a date-time. */
export const RequiredSelectEmailDatetime: Story = {};

/** Fill in, save: only the changed values go out, and the form says so. */
export const SaveSettings: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: /Default owner/ }), 'Sam Lee');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('Settings saved');
    await expect(patches(loaded.vault.mock.requests).map((request) => request.body)).toEqual([
      { settings: { default_owner: '1002' } },
    ]);
    await expect(args.onSaved).toHaveBeenCalled();
  },
};

/** Invalid values are caught before any request; the first invalid field gets focus. */
export const ValidationErrors: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const email = await canvas.findByRole('textbox', { name: /Notification email/ });
    await userEvent.clear(email);
    await userEvent.type(email, 'not-an-email');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('Enter an email address like name@example.com');
    await expectFocusOn(canvas.getByRole('combobox', { name: /Default owner/ }));
    await expect(patches(loaded.vault.mock.requests)).toHaveLength(0);
  },
};

/** The server is down: the message says so and every typed value stays. */
export const FailedSave: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'PATCH', path: '/vault/connections/crm/hubspot', status: 500 }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: /Default owner/ }), 'Sam Lee');
    const email = canvas.getByRole('textbox', { name: /Notification email/ });
    await userEvent.clear(email);
    await userEvent.type(email, 'sales@acme.example');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('The settings could not be saved.');
    await expect(email).toHaveValue('sales@acme.example');
    await expect(canvas.getByRole('combobox', { name: /Default owner/ })).toHaveDisplayValue('Sam Lee');
  },
};

/** A 422 that names a setting: the API's message appears on that field. */
export const FailedSaveOnAField: Story = {
  parameters: vault({
    setup: (mock) =>
      mock.fail({
        method: 'PATCH',
        path: '/vault/connections/crm/hubspot',
        status: 422,
        body: {
          status_code: 422,
          error: 'Unprocessable Entity',
          type_name: 'ValidationError',
          message: 'Invalid settings',
          detail: { notification_email: 'This mailbox does not accept notifications' },
        },
      }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: /Default owner/ }), 'Sam Lee');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('This mailbox does not accept notifications');
  },
};

/** Pipedrive: Stage is a `filtered-select` whose choices follow Pipeline; changing Pipeline clears a Stage that no longer fits. */
export const FilteredSelectChain: Story = {
  args: on('crm', 'pipedrive'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const pipeline = await canvas.findByRole('combobox', { name: /Pipeline/ });
    await userEvent.selectOptions(pipeline, 'Partnerships');
    const stage = canvas.getByRole('combobox', { name: /Stage/ });
    await expect(within(stage).getByRole('option', { name: 'Evaluation' })).toBeInTheDocument();
    await expect(within(stage).queryByRole('option', { name: 'Qualified' })).toBeNull();
  },
};

/** Close: a stored API key is never echoed back, a deprecated field is flagged, and the connector validates credentials. */
export const StoredSecretAndDeprecated: Story = { args: on('crm', 'close') };

/** Saving a key the provider rejects: the connection turns `invalid`, and the form says so with the guide link. */
export const CredentialsRejected: Story = {
  args: on('crm', 'close'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/^API key/), REJECTED_SECRET);
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText(/does not work with these settings/, {}, { timeout: 5000 });
  },
};

/** The same connector accepts the key: the form confirms the connection works. */
export const CredentialsAccepted: Story = {
  args: on('crm', 'close'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(await canvas.findByLabelText(/^API key/), 'api_live_123456');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('Connection works with these settings.', {}, { timeout: 5000 });
  },
};

/** Dynamics: prefix and suffix adornments around the organization name. */
export const PrefixAndSuffix: Story = { args: on('crm', 'microsoft-dynamics-crm') };
/** Jira: a multi-select with chips. */
export const MultiSelect: Story = { args: on('issue-tracking', 'jira') };
/** Mailchimp: a date, a checkbox and a select. */
export const DateCheckboxSelect: Story = { args: on('email-marketing', 'mailchimp') };
/** Xero: a time. */
export const Time: Story = { args: on('accounting', 'xero') };
/** Twilio: a phone number. */
export const Phone: Story = { args: on('sms', 'twilio') };

/** Freshsales: the live API's field types beyond the contract (info, copy, phone, boolean, location; hidden kept, not shown). */
export const LiveFieldTypes: Story = {
  args: on('crm', 'freshsales'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole('textbox', { name: 'Webhook URL' })).toHaveAttribute('readonly');
    await expect(canvas.getByText('How syncing works')).toBeVisible();
    await expect(canvas.getByRole('checkbox', { name: 'Include archived records' })).toBeVisible();
    await expect(canvas.queryByLabelText('Account region')).toBeNull();
  },
};
/** Sage Intacct: a number. */
export const NumberField: Story = { args: on('accounting', 'sage-intacct') };
/** Workday: a URL among credentials. */
export const UrlAndCredentials: Story = { args: on('hris', 'workday') };
/** Salesforce: a field disabled until authorization, a checkbox and a textarea with a markdown description. */
export const DisabledUntilAuthorized: Story = { args: on('crm', 'salesforce') };

/** A connector without settings. */
export const NoSettings: Story = {
  args: on('crm', 'teamleader'),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('This integration has no settings to configure.');
  },
};

export const Loading: Story = { parameters: vault({ handlers: neverAnswer('/vault/connections/crm/hubspot', 'get') }) };

export const LoadFailed: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections/crm/hubspot', status: 503 }),
  }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/^The settings could not be loaded\./, {}, { timeout: 5000 });
  },
};

/**
 * The Connector API refuses the session token, as the live API may, and the connection declares no
 * fields of its own: a calm note instead of an error, and no session refresh.
 */
export const ConnectorRefused: Story = {
  parameters: vault({
    mock: { connectorSessionToken: 'refuse' },
    setup: (mock) => mock.setConnection(testConnection('crm', 'hubspot', 'HubSpot', { form_fields: [] })),
  }),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText(/^The settings of this integration cannot be shown here\./);
  },
};

export const Dark: Story = { args: on('crm', 'pipedrive'), globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
export const ValidationErrorsGerman: Story = { ...ValidationErrors, globals: { locale: 'de' }, play: undefined };

const opt = (value: string, label: string) => ({ option_type: 'simple' as const, value, label });
const field = (
  type: NonNullable<FormField['type']>,
  id: string,
  label: string,
  extra: Partial<FormField> = {},
): FormField => ({
  id,
  label,
  type,
  allow_custom_values: false,
  ...extra,
});

/** Every one of the 14 types in one generated form, with hidden, deprecated and unknown-type fields. */
const EVERY_FIELD: FormField[] = [
  field('text', 'account', 'Account name', { required: true, placeholder: 'Acme Inc.' }),
  field('password', 'secret', 'Client secret', { required: true }),
  field('tel', 'phone', 'Support phone'),
  field('email', 'email', 'Notification email'),
  field('url', 'webhook', 'Webhook URL', { placeholder: 'https://hooks.example.com/acme' }),
  field('number', 'batch', 'Batch size', { value: 100 }),
  field('textarea', 'notes', 'Notes', { description: 'Shown to your team only. **Markdown** is allowed.' }),
  field('checkbox', 'archive', 'Sync archived records'),
  field('select', 'region', 'Region', { options: [opt('eu', 'Europe'), opt('us', 'United States')] }),
  field('select', 'pipeline', 'Pipeline', { options: [opt('1', 'Sales'), opt('2', 'Partnerships')] }),
  field('filtered-select', 'stage', 'Stage', {
    filter: 'pipeline',
    options: [
      { option_type: 'group', id: '1', label: 'Sales', options: [opt('11', 'Qualified'), opt('12', 'Won')] },
      { option_type: 'group', id: '2', label: 'Partnerships', options: [opt('21', 'Intro'), opt('22', 'Signed')] },
    ],
  }),
  field('multi-select', 'objects', 'Objects to sync', {
    options: [opt('contacts', 'Contacts'), opt('deals', 'Deals'), opt('notes', 'Notes')],
  }),
  field('datetime', 'since', 'Sync since'),
  field('date', 'start', 'Contract start'),
  field('time', 'nightly', 'Nightly run at'),
  field('text', 'tenant', 'Tenant id', { hidden: true, value: 'tenant-42' }),
  field('text', 'legacy_region', 'Legacy region', { deprecated: true, value: 'eu-1' }),
  { ...field('text', 'color', 'Brand colour'), type: 'color' as FormField['type'] },
];

/**
 * A synthetic connection with every field type and attribute. The hidden Tenant id is not shown
 * (but kept and sent); an unknown type (`color`, which the API may add one day) renders as text.
 */
export const EveryFieldType: Story = {
  args: on('crm', 'apideck-mock'),
  parameters: vault({
    setup: (mock) => mock.setConnection({ ...fixtureConnection('crm', 'apideck-mock'), form_fields: EVERY_FIELD }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByRole('textbox', { name: /Account name/ });
    await expect(canvas.queryByLabelText('Tenant id')).toBeNull();
    await expect(canvas.getByRole('textbox', { name: 'Brand colour' })).toBeVisible();
  },
};
