import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { MappingTree } from './MappingTree.js';

// A downstream employee record as an HR system sends it: nested objects, arrays and odd keys.
const RECORD = {
  id: '4562',
  firstName: 'Ada',
  lastName: 'Lovelace',
  workEmail: 'ada.lovelace@acme.example',
  fte: 0.8,
  terminationDate: null,
  payRate: { amount: 5200, currency: 'GBP' },
  'Cost center (legacy)': 'CC-12',
  root: { training: { first_aid: '2023-09-12', fire_warden: false } },
  emergencyContacts: [
    { name: 'Jamie Doe', phone: '+44 20 7946 0018' },
    { name: 'Sam Lovelace', phone: '+44 20 7946 0257' },
  ],
};

/** The example record as a tree to pick a field from, with search. Presentational. */
const meta = {
  title: 'Parts/MappingTree',
  component: MappingTree,
  decorators: [inKitRoot],
  args: { record: RECORD, label: 'Fields for Employee number', onPick: fn() },
} satisfies Meta<typeof MappingTree>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Nothing mapped yet: the top-level keys, branches closed. */
export const Unmapped: Story = {};

/** The current mapping is open and selected. */
export const CurrentMapping: Story = { args: { selectedPath: '$.root.training.first_aid' } };

/** Keyboard: into the tree, open a branch, pick a leaf. */
export const PickWithKeyboard: Story = {
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('searchbox', { name: 'Search fields' }));
    await userEvent.tab();
    await userEvent.keyboard('p{ArrowRight}{ArrowDown}{Enter}');
    await expect(args.onPick).toHaveBeenCalledWith('$.payRate.amount');
  },
};

/** A search shows the matching leaves with their ancestors open, and how many match (said once typing pauses). */
export const Search: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search fields' }), 'name');
    // The live region says the count once typing pauses.
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('4 fields match'));
  },
};

/** A search that matches nothing. */
export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole('searchbox', { name: 'Search fields' }), 'zzz');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('No fields match.'));
  },
};

/** The downstream sent an empty example. */
export const EmptyRecord: Story = { args: { record: {} } };

/** The current mapping, in the dark theme. */
export const Dark: Story = { args: { selectedPath: '$.root.training.first_aid' }, globals: { theme: 'dark' } };
