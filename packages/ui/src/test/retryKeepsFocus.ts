import { within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';

/**
 * Presses Try again in `alert`, checks the alert stays with that button focused, aria-disabled and
 * aria-busy while the retry runs, then presses it once more (which must do nothing). Returns the button.
 */
export async function retryKeepsFocus(user: UserEvent, alert: HTMLElement): Promise<HTMLElement> {
  const button = within(alert).getByRole('button', { name: 'Try again' });
  await user.click(button);
  expect(alert).toBeInTheDocument();
  expect(button).toBeInTheDocument();
  expect(button).toHaveFocus();
  expect(button).toHaveAttribute('aria-disabled', 'true');
  expect(button).toHaveAttribute('aria-busy', 'true');
  await user.click(button);
  return button;
}
