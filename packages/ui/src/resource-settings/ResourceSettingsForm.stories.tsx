import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { neverAnswer } from '@integrations-kit/storybook-kit';
import type { VaultParameters } from '@integrations-kit/storybook-kit';
import { ResourceSettingsForm } from './ResourceSettingsForm.js';

/**
 * Default values per configurable resource (`configurable_resources`), e.g. the lead source of new
 * Salesforce leads; custom fields of the downstream app feed the options where they apply.
 */
const meta = {
  title: 'Forms/ResourceSettingsForm',
  component: ResourceSettingsForm,
  args: { unifiedApi: 'crm', serviceId: 'salesforce' },
  decorators: [
    (Story) => (
      <div style={{ maxWidth: 560 }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ResourceSettingsForm>;

export default meta;
type Story = StoryObj<typeof meta>;

const vault = (parameters: VaultParameters) => ({ vault: parameters });
type Recorded = { method: string; path: string; body: unknown };

/** Salesforce: leads and opportunities, each with its defaults. */
export const SalesforceResources: Story = {};

/** Opportunities open first. */
export const SecondResource: Story = { args: { defaultResource: 'opportunities' } };

/** Change a default and save: the exact configuration body goes out. */
export const SaveDefaults: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.selectOptions(await canvas.findByRole('combobox', { name: /Default lead source/ }), 'Referral');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('Settings saved');
    const saved = (loaded.vault.mock.requests as Recorded[]).filter((request) => request.method === 'PATCH');
    await expect(saved.at(-1)?.body).toMatchObject({
      configuration: [
        { resource: 'leads', defaults: expect.arrayContaining([{ id: 'lead_source', value: 'referral' }]) },
      ],
    });
  },
};

/** The save fails: the message shows and the chosen value stays. */
export const FailedSave: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'PATCH', path: /\/vault\/connections\/crm\/salesforce/, status: 500 }),
  }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const source = await canvas.findByRole('combobox', { name: /Default lead source/ });
    await userEvent.selectOptions(source, 'Partner');
    await userEvent.click(canvas.getByRole('button', { name: 'Save' }));
    await canvas.findByText('The settings could not be saved.');
    await expect(source).toHaveDisplayValue('Partner');
  },
};

/** Pipedrive: one resource. */
export const SingleResource: Story = { args: { unifiedApi: 'crm', serviceId: 'pipedrive' } };

/** The same resources from a mock answering in the contract-ideal dialect (`configuration: [{ resource, defaults }]`). */
export const ContractDialect: Story = { parameters: vault({ mock: { dialect: 'contract' } }) };

/**
 * Freshsales deals, as the live API answers `/config`: five fields, three required ones unset, and a
 * stage keyed to its pipeline by `filter: { key, value }`.
 */
export const LiveRequiredDefaultsMissing: Story = {
  args: { unifiedApi: 'crm', serviceId: 'freshsales' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await canvas.findByText('Missing required values');
    const stage = await canvas.findByRole('combobox', { name: /Stage/ });
    await expect(stage).toBeDisabled();
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: /Pipeline/ }), 'Renewals');
    await expect(stage).toBeEnabled();
    await expect(
      within(stage)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Select…', 'Up for renewal', 'Renewed']);
  },
};

export const Loading: Story = {
  parameters: vault({ handlers: neverAnswer('/vault/connections/crm/salesforce', 'get') }),
};

export const LoadFailed: Story = {
  parameters: vault({
    setup: (mock) => mock.fail({ method: 'GET', path: '/vault/connections/crm/salesforce/leads/config', status: 500 }),
  }),
};

export const Dark: Story = { globals: { theme: 'dark' } };
export const German: Story = { globals: { locale: 'de' } };
