import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, screen, userEvent } from 'storybook/test';
import { expectFocusOn } from '@integrations-kit/storybook-kit';
import { ConfirmDialog, type ConfirmDialogProps } from './ConfirmDialog.js';

/** The yes/no question before a destructive action: focus starts on Cancel; an outside click does not dismiss. */
const meta = {
  title: 'Parts/ConfirmDialog',
  component: ConfirmDialog,
  args: {
    open: true,
    onOpenChange: fn(),
    onConfirm: fn(),
    title: 'Delete Pipedrive?',
    description: 'This removes the Pipedrive connection and its settings. You can add Pipedrive again later.',
    confirmLabel: 'Delete Pipedrive',
    cancelLabel: 'Cancel',
    tone: 'danger',
  },
  render: (args) => <Controlled {...args} />,
  parameters: { docs: { story: { inline: false, iframeHeight: 320 } } },
} satisfies Meta<typeof ConfirmDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

function Controlled(props: ConfirmDialogProps) {
  const [open, setOpen] = useState(props.open);
  return (
    <ConfirmDialog
      {...props}
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        props.onOpenChange(next);
      }}
    />
  );
}

export const Delete: Story = {
  play: async () => {
    await expectFocusOn(await screen.findByRole('button', { name: 'Cancel' }));
  },
};

/** While the action runs: the confirm button shows progress and the dialog stays open. */
export const Pending: Story = { args: { pending: true, pendingLabel: 'Deleting…' } };

/** Cancel closes without running the action. */
export const Cancelled: Story = {
  play: async ({ args }) => {
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    await expect(args.onConfirm).not.toHaveBeenCalled();
    await expect(args.onOpenChange).toHaveBeenCalledWith(false);
  },
};

export const Primary: Story = {
  args: {
    tone: 'primary',
    title: 'Disconnect Salesforce?',
    description: 'Salesforce stops syncing until you connect it again. Your settings are kept.',
    confirmLabel: 'Disconnect Salesforce',
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };
