import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { OAuthCallback } from './OAuthCallback.js';

/**
 * What your OAuth callback route renders. In a popup it hands the provider's answer to the opener
 * and closes; the stories below show what a person sees on that page in each case. (The first
 * story is also the redirect URI of every OAuth story in this Storybook.)
 */
const meta = {
  title: 'OAuth/OAuthCallback',
  component: OAuthCallback,
} satisfies Meta<typeof OAuthCallback>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Puts an OAuth result in the URL fragment while the story is shown, as the provider's redirect does. */
const withFragment = (fragment: string): Story['beforeEach'] =>
  function setFragment() {
    const { pathname, search, hash } = window.location;
    window.history.replaceState(window.history.state, '', `${pathname}${search}#${fragment}`);
    return () => window.history.replaceState(window.history.state, '', `${pathname}${search}${hash}`);
  };

/**
 * The redirect target of the OAuth stories. Opened by a popup it posts the result and closes; opened
 * directly, as here, it explains that it cannot pass the sign-in back.
 */
export const PopupCallback: Story = {
  play: async ({ canvasElement }) => {
    if (window.opener) return;
    await within(canvasElement).findByText(/was not opened by the app/);
  },
};

/** The person clicked Deny on the provider's consent page. */
export const AccessDeclined: Story = {
  tags: ['!autodocs'],
  beforeEach: withFragment(
    'error=access_denied&error_description=The+user+denied+access&nonce=n1&service_id=salesforce',
  ),
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole('alert')).toHaveTextContent('Access was declined');
  },
};

/** The provider answered with an error of its own; its description is shown as plain text. */
export const ProviderError: Story = {
  tags: ['!autodocs'],
  beforeEach: withFragment('error=server_error&error_description=The+provider+is+down+for+maintenance&nonce=n1'),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('The provider is down for maintenance');
  },
};

/**
 * Reached in the same tab (the popup was blocked and the person chose "Continue in this tab"): the
 * page's `useOAuthRedirectResult()` finishes the connection, so this shows progress.
 */
export const SameTabResult: Story = {
  tags: ['!autodocs'],
  beforeEach: withFragment('nonce=n1&confirm_token=token&service_id=salesforce'),
  play: async ({ canvasElement }) => {
    await within(canvasElement).findByText('Finishing sign-in…');
  },
};

export const AccessDeclinedGerman: Story = { ...AccessDeclined, globals: { locale: 'de' }, play: undefined };
