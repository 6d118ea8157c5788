import type { Connection } from '@integrations-kit/client';
import { fixtures } from '@integrations-kit/mocks';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { inKitRoot, neverAnswer, type VaultParameters } from '@integrations-kit/storybook-kit';
import { FieldMappingView } from './FieldMappingView.js';

const TIMEOUT = { timeout: 5000 };
const TARGETS = '/vault/custom-mappings/hris/bamboohr';
const vault = (parameters: VaultParameters) => ({ vault: parameters });

/** The row of the target labelled `label`. */
async function row(canvasElement: HTMLElement, label: string) {
  const name = await within(canvasElement).findByText(label, { selector: 'span' }, TIMEOUT);
  return within(name.closest('li') as HTMLElement);
}

/**
 * A connection's field mapping on the story's mock: BambooHR's employees have one mapped target,
 * one required and unmapped, and one whose field the downstream renamed (stale).
 */
const meta = {
  title: 'Parts/FieldMappingView',
  component: FieldMappingView,
  decorators: [inKitRoot],
  args: { unifiedApi: 'hris', serviceId: 'bamboohr' },
} satisfies Meta<typeof FieldMappingView>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A mapped target shows its JSONPath and the example value it reads. */
export const Mapped: Story = {
  play: async ({ canvasElement }) => {
    const firstAid = await row(canvasElement, 'First Aid Training');
    await expect(await firstAid.findByText('Example: 2023-09-12', {}, TIMEOUT)).toBeVisible();
  },
};

/** A mapping whose field is no longer in the example record is flagged, never dropped. */
export const Stale: Story = {
  play: async ({ canvasElement }) => {
    const shirt = await row(canvasElement, 'Shirt size');
    await expect(await shirt.findByText('No longer found in the example record', {}, TIMEOUT)).toBeVisible();
  },
};

/** A required target without a mapping is flagged as needing one. */
export const RequiredUnmapped: Story = {
  play: async ({ canvasElement }) => {
    const number = await row(canvasElement, 'Employee number');
    await expect(number.getByText('Needs a mapping')).toBeVisible();
  },
};

/** Map opens the picker in place: the example record as a tree, and the custom fields. */
export const PickerOpen: Story = {
  play: async ({ canvasElement }) => {
    const number = await row(canvasElement, 'Employee number');
    await userEvent.click(number.getByRole('button', { name: 'Map Employee number' }));
    await expect(await number.findByRole('tree', {}, TIMEOUT)).toBeVisible();
    await expect(number.getByRole('button', { name: 'Shirt size M' })).toBeVisible();
  },
};

/** A save that fails keeps the picker open on what was picked, with the reason and Try again. */
export const SaveFailed: Story = {
  parameters: vault({
    setup: (mock) =>
      mock.fail({
        method: 'POST',
        path: `${TARGETS}/${encodeURIComponent('hris+employees+employee_number')}`,
        status: 503,
      }),
  }),
  play: async ({ canvasElement }) => {
    const number = await row(canvasElement, 'Employee number');
    await userEvent.click(number.getByRole('button', { name: 'Map Employee number' }));
    const tree = await number.findByRole('tree', {}, TIMEOUT);
    await userEvent.click(within(tree).getByRole('treeitem', { name: 'employeeNumber E-1042' }));
    await expect(await number.findByRole('alert', {}, TIMEOUT)).toBeVisible();
    await expect(number.getByRole('button', { name: 'Try again' })).toBeVisible();
  },
};

/** The example record cannot be loaded: the picker says so, the custom fields stay usable. */
export const ExampleFailed: Story = {
  parameters: vault({
    setup: (mock) =>
      mock.fail({ method: 'GET', path: '/vault/connections/hris/bamboohr/employees/example', status: 500, times: 10 }),
  }),
  play: async ({ canvasElement }) => {
    const number = await row(canvasElement, 'Employee number');
    await userEvent.click(number.getByRole('button', { name: 'Map Employee number' }));
    await expect(await number.findByText('The example record could not be loaded.', {}, TIMEOUT)).toBeVisible();
  },
};

/** The targets are still loading. */
export const Loading: Story = { parameters: vault({ handlers: neverAnswer(TARGETS, 'get') }) };

/** The targets cannot be read: the reason and Try again. */
export const LoadFailed: Story = {
  parameters: vault({ setup: (mock) => mock.fail({ method: 'GET', path: TARGETS, status: 500, times: 10 }) }),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert', {}, TIMEOUT)).toBeVisible();
  },
};

/** A connection without mapping targets. */
export const NothingToMap: Story = {
  args: { unifiedApi: 'accounting', serviceId: 'xero' },
  play: async ({ canvasElement }) => {
    await expect(
      await within(canvasElement).findByText('There is nothing to map for this connection.', {}, TIMEOUT),
    ).toBeVisible();
  },
};

// Forty more employee targets on BambooHR, every fourth required.
const many: Connection[] = fixtures.connections.map((connection) =>
  connection.id === 'hris+bamboohr'
    ? {
        ...connection,
        custom_mappings: [
          ...(connection.custom_mappings ?? []),
          ...Array.from({ length: 40 }, (_, index) => ({
            id: `hris+employees+extra_${index + 1}`,
            key: `extra_${index + 1}`,
            label: `Extra field ${index + 1}`,
            description: index % 3 === 0 ? 'A field your HR system keeps for reporting' : undefined,
            required: index % 4 === 0,
            custom_field: false,
          })),
        ],
      }
    : connection,
);

/** Many targets: each row keeps its own picker and state. */
export const ManyTargets: Story = {
  parameters: vault({ mock: { connections: many } }),
  play: async ({ canvasElement }) => {
    await row(canvasElement, 'Extra field 40');
    await waitFor(() => expect(within(canvasElement).getAllByText('Needs a mapping')).toHaveLength(11), TIMEOUT);
  },
};

/** Every state at once, in the dark theme. */
export const Dark: Story = { globals: { theme: 'dark' } };
