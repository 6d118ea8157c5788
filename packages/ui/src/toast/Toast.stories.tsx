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

function ShowThree() {
  const { toast } = useToast();
  return (
    <button
      type="button"
      onClick={() => {
        toast({ title: 'Settings saved', tone: 'success', duration: Infinity });
        toast({
          title: "Couldn't delete Pipedrive",
          description: 'Try again in a moment.',
          tone: 'danger',
          duration: Infinity,
        });
        toast({ title: 'Nothing changed, so nothing was saved.', tone: 'info', duration: Infinity });
      }}
    >
      Show three toasts
    </button>
  );
}

/**
 * Three toasts at once: `danger` ones sit nearest the corner in the assertive live region, the
 * others above them in the polite one. F8 moves focus to the region (its outline shows), which
 * pauses every toast until focus leaves; so does the pointer on any toast.
 */
export const FocusedWithF8: Story = {
  render: () => <ShowThree />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Show three toasts' }));
    await within(document.body).findByText("Couldn't delete Pipedrive");
    await userEvent.keyboard('[F8]');
    const region = within(document.body).getByRole('region', { name: 'Notifications (F8)' });
    await expect(region).toHaveFocus();
    await expect(region).toHaveAttribute('data-paused');
  },
};

export const Dark: Story = { ...Danger, globals: { theme: 'dark' } };
