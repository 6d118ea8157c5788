import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { inKitRoot } from '@integrations-kit/storybook-kit';
import { Toast } from './Toast.js';
import { useToast } from './useToast.js';

/** How every action ends: a short toast. Shown here on its own and through `useToast`. */
const meta = {
  title: 'Parts/Toast',
  component: Toast,
  decorators: [inKitRoot],
  args: { title: 'Salesforce connected', tone: 'success' },
} satisfies Meta<typeof Toast>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Success: Story = {};
export const Danger: Story = {
  args: {
    title: "Couldn't disable Salesforce",
    description: 'The integrations service is not responding right now.',
    tone: 'danger',
  },
};
export const Info: Story = { args: { title: 'Nothing changed, so nothing was saved.', tone: 'info' } };

function ToastButtons() {
  const { toast } = useToast();
  return (
    <div className="ik:flex ik:gap-2">
      <button type="button" onClick={() => toast({ title: 'Settings saved', tone: 'success' })}>
        Success toast
      </button>
      <button
        type="button"
        onClick={() =>
          toast({ title: "Couldn't delete Pipedrive", description: 'Try again in a moment.', tone: 'danger' })
        }
      >
        Error toast
      </button>
    </div>
  );
}

/** `useToast()` inside a `ToastProvider` (the story's decorator has one, with its `Toaster`). */
export const FromUseToast: Story = {
  render: () => <ToastButtons />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Success toast' }));
    await expect(await within(document.body).findByText('Settings saved')).toBeVisible();
  },
};

export const Dark: Story = { ...Danger, globals: { theme: 'dark' } };
