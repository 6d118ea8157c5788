import type { FormFieldOption, FormFieldType, SettingValue, SimpleFormFieldOption } from '@integrations-kit/client';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, userEvent, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import type { FieldDefinition } from './FieldDefinition.js';
import { FormFieldControl, type FormFieldControlProps } from './FormFieldControl.js';

/**
 * One renderer for all 14 field types of the contract, with every attribute. The first stories are
 * one per type; the rest one per attribute. Each keeps its value in state, as a form does.
 */
const meta = {
  title: 'Forms/FormFieldControl',
  component: FormFieldControl,
  decorators: [
    inKitRoot,
    (Story) => (
      <div style={{ maxWidth: 480 }}>
        <Story />
      </div>
    ),
  ],
  args: { field: field('text', 'company', 'Company name'), value: undefined, onChange: fn() },
  render: (args) => <Controlled {...args} />,
} satisfies Meta<typeof FormFieldControl>;

export default meta;
type Story = StoryObj<typeof meta>;

function Controlled({ value: initial, onChange, ...props }: FormFieldControlProps) {
  const [value, setValue] = useState<SettingValue | undefined>(initial);
  return (
    <FormFieldControl
      {...props}
      value={value}
      onChange={(next) => {
        setValue(next);
        onChange(next);
      }}
    />
  );
}

function field(type: FormFieldType, id: string, label: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    id,
    label,
    type,
    required: false,
    disabled: false,
    hidden: false,
    deprecated: false,
    sensitive: type === 'password',
    customField: false,
    allowCustomValues: false,
    options: [],
    ...extra,
  };
}

const simple = (labels: Record<string, string>): SimpleFormFieldOption[] =>
  Object.entries(labels).map(([value, label]) => ({ option_type: 'simple', value, label }));

const PIPELINE_STAGES: FormFieldOption[] = [
  {
    option_type: 'group',
    id: '1',
    label: 'Sales',
    options: simple({ '11': 'Qualified', '12': 'Contact made', '13': 'Demo scheduled' }),
  },
  {
    option_type: 'group',
    id: '2',
    label: 'Partnerships',
    options: simple({ '21': 'Intro', '22': 'Evaluation', '23': 'Signed' }),
  },
];

const story = (fieldDefinition: FieldDefinition, extra: Omit<NonNullable<Story['args']>, 'field'> = {}): Story => ({
  args: { field: fieldDefinition, ...extra },
});

// --- the 14 types ---

export const Text = story(field('text', 'company', 'Company name', { placeholder: 'Acme Inc.' }));
export const Password = story(field('password', 'api_secret', 'API secret'));
export const Tel = story(field('tel', 'phone', 'Sender phone number', { placeholder: '+14155550100' }));
export const Email = story(field('email', 'email', 'Notification email', { placeholder: 'ops@yourcompany.com' }));
export const Url = story(field('url', 'instance', 'Instance URL', { placeholder: 'https://yourcompany.example.com' }));
export const NumberType = {
  ...story(field('number', 'probability', 'Default probability (%)'), { value: 20 }),
  name: 'Number',
};
export const Textarea = story(
  field('textarea', 'filter', 'Extra SOQL filter', { placeholder: "Industry = 'Software'" }),
);
export const Checkbox = story(
  field('checkbox', 'sandbox', 'Sandbox org', { description: 'Connect to a sandbox instead of production.' }),
);
export const Select = story(
  field('select', 'owner', 'Default owner', { options: simple({ '1001': 'Alex Morgan', '1002': 'Sam Lee' }) }),
);
export const SelectWithOptionGroups = story(field('select', 'stage', 'Deal stage', { options: PIPELINE_STAGES }));
/** Its options are the group whose `id` is the current value of the sibling named by `filter`. */
export const FilteredSelect = story(
  field('filtered-select', 'stage', 'Stage', { filter: 'pipeline', options: PIPELINE_STAGES }),
  {
    filterValue: '2',
    filterLabel: 'Pipeline',
  },
);
export const MultiSelect = story(
  field('multi-select', 'projects', 'Projects to sync', {
    options: simple({ web: 'Website', app: 'Mobile app', ops: 'Operations' }),
  }),
  { value: ['web', 'ops'] },
);
export const Datetime = story(field('datetime', 'since', 'Sync records changed since'));
export const DateType = { ...story(field('date', 'start', 'First invoice date')), name: 'Date' };
export const Time = story(field('time', 'run_at', 'Daily sync at'), { value: '02:30' });

// --- the live API's types beyond the contract ---

/** `copy`: a read-only value with a Copy button (the outcome is announced). */
export const Copy = story(
  field('copy', 'webhook_url', 'Webhook URL', { description: 'Paste this into your Freshsales webhooks.' }),
  {
    value: 'https://hooks.example.com/freshsales/acme-7f3a',
  },
);
/** `info`: a titled note, no input. */
export const Info = story(
  field('info', 'sync_note', 'How syncing works', { description: 'Records sync every 15 minutes.' }),
);
/** `phone`: a phone input, checked like `tel`. */
export const Phone = story(field('phone', 'support_phone', 'Support phone', { placeholder: '+1 415 555 0100' }));
/** `boolean`: a checkbox. */
export const BooleanType = {
  ...story(field('boolean', 'include_archived', 'Include archived records')),
  name: 'Boolean',
};
/** `location`: a text input. */
export const Location = story(field('location', 'office', 'Office location', { placeholder: 'City, country' }));

// --- attributes ---

/** `required`: marked, `aria-required`, and the validation message when empty. */
export const Required: Story = {
  ...story(field('text', 'domain', 'Bundle alias', { required: true }), { error: 'This field is required' }),
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Bundle alias' });
    await expect(input).toHaveAttribute('aria-required', 'true');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription(/This field is required/);
  },
};

/** `disabled`, with the reason it is disabled. */
export const Disabled = story(field('url', 'instance_url', 'Instance URL', { disabled: true }), {
  value: 'https://acme.my.salesforce.com',
  disabledReason: 'Available after authorization',
});

/** `deprecated`: flagged beside the label. */
export const Deprecated = story(
  field('password', 'legacy', 'API secret (legacy)', { deprecated: true, description: 'No longer used.' }),
);

/** `sensitive`: masked, with a Show toggle. */
export const Sensitive: Story = {
  ...story(field('text', 'token', 'Access token', { sensitive: true }), { value: 'tok_live_abc123' }),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByLabelText('Access token');
    await expect(input).toHaveAttribute('type', 'password');
    await userEvent.click(canvas.getByRole('button', { name: 'Show Access token' }));
    await expect(input).toHaveAttribute('type', 'text');
  },
};

/** A secret is stored: the input stays empty (the value is never echoed back) and says so. */
export const StoredSecret = story(field('password', 'api_key', 'API key', { required: true }), { secretStored: true });

/** `prefix` and `suffix` adornments. */
export const PrefixAndSuffix = story(
  field('text', 'organization', 'Organization', {
    prefix: 'https://',
    suffix: '.crm.dynamics.com',
    placeholder: 'yourorg',
  }),
);

/** `placeholder`. */
export const Placeholder = story(
  field('email', 'reply_to', 'Reply-to address', { placeholder: 'support@yourcompany.com' }),
);

/** `description` in the safe markdown subset: emphasis, code and https links; raw HTML shows as text. */
export const MarkdownDescription = story(
  field('password', 'api_key', 'API key', {
    description:
      'Create one under **Settings → API Keys**, see the `v2` [guide](https://example.com/guide). <img src=x onerror=alert(1)>',
  }),
);

/** `custom_field`: flagged as a custom field of the connected app. */
export const CustomField = story(
  field('select', 'ProductInterest', 'Product interest', {
    customField: true,
    options: simple({ gc1000: 'GC1000', gc5000: 'GC5000' }),
  }),
);

/** `allow_custom_values`: a value that is not in the list can be added. */
export const AllowCustomValues: Story = {
  ...story(
    field('select', 'source', 'Lead source', {
      allowCustomValues: true,
      options: simple({ web: 'Web', referral: 'Referral' }),
    }),
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('combobox', { name: 'Lead source' }), 'Podcast');
    await expect(await canvas.findByRole('option', { name: 'Add “Podcast”' })).toBeVisible();
  },
};

/** A `filtered-select` before its parent has a value: disabled, naming the parent. */
export const FilteredSelectWaitingForParent = story(
  field('filtered-select', 'stage', 'Stage', { filter: 'pipeline', options: PIPELINE_STAGES }),
  {
    filterLabel: 'Pipeline',
  },
);

/** A long list becomes a searchable combobox. */
export const LongOptionList = story(
  field('select', 'country', 'Country', {
    options: Array.from({ length: 250 }, (_, index) => ({
      option_type: 'simple' as const,
      value: `c${index}`,
      label: `Country ${index + 1}`,
    })),
  }),
);

/** A long list after End: the last option is active and scrolled into view; arrows wrap at both ends. */
export const LongOptionListAtEnd: Story = {
  ...LongOptionList,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Country' }));
    await userEvent.keyboard('{End}');
    const last = canvas.getByRole('option', { name: 'Country 50' });
    await expect(canvas.getByRole('combobox', { name: 'Country' })).toHaveAttribute('aria-activedescendant', last.id);
    await expect(last).toBeVisible();
  },
};

/** Multi-select: Backspace in the empty input removes the last chip. */
export const MultiSelectKeyboardRemoval: Story = {
  ...MultiSelect,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('combobox', { name: 'Projects to sync' }));
    await userEvent.keyboard('{Backspace}');
    await expect(args.onChange).toHaveBeenLastCalledWith(['web']);
  },
};

/** A field with an error from the server. */
export const ServerError = story(field('email', 'email', 'Notification email'), {
  value: 'ops@acme.example',
  error: 'This mailbox does not accept notifications',
});

export const Dark: Story = { ...Required, globals: { theme: 'dark' }, play: undefined };
export const German: Story = { ...Required, globals: { locale: 'de' }, play: undefined };
