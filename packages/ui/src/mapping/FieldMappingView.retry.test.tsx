import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { retryKeepsFocus } from '../test/retryKeepsFocus.js';
import { FieldMappingView } from './FieldMappingView.js';

// Every answer waits, so a retry in flight stays on screen long enough to see.
const mock = setupVaultServer({ latency: 300 });
const BAMBOO = { unifiedApi: 'hris', serviceId: 'bamboohr' };
const TARGETS = '/vault/custom-mappings/hris/bamboohr';

async function row(label: string) {
  const name = await screen.findByText(label, { selector: 'span' }, { timeout: 5000 });
  return name.closest('li') as HTMLElement;
}

const count = (method: string, path: string | RegExp) =>
  mock.requests.filter(
    (request) =>
      request.method === method && (typeof path === 'string' ? request.path === path : path.test(request.path)),
  ).length;

describe('FieldMappingView while Try again runs', { timeout: 20_000 }, () => {
  it('keeps a failed save on screen with its busy Try again focused, then focuses the row toggle', async () => {
    const shirtPath = `${TARGETS}/${encodeURIComponent('hris+employees+shirt_size')}`;
    mock.fail({ method: 'PATCH', path: shirtPath, status: 500 });
    const { user } = renderWithKit(<FieldMappingView {...BAMBOO} />, { mock });
    const shirt = await row('Shirt size');
    await user.click(within(shirt).getByRole('button', { name: 'Change Shirt size' }));
    await user.type(await within(shirt).findByRole('searchbox', {}, { timeout: 5000 }), 'shirt');
    await user.click(within(shirt).getByRole('treeitem', { name: 'customShirtSize M' }));
    await retryKeepsFocus(user, await within(shirt).findByRole('alert', {}, { timeout: 5000 }));
    expect(within(shirt).getByRole('alert')).toHaveTextContent(/^The mapping was not saved\./);

    const change = within(shirt).getByRole('button', { name: 'Change Shirt size' });
    await expect.poll(() => document.activeElement).toBe(change);
    expect(within(shirt).queryByRole('alert')).not.toBeInTheDocument();
    expect(count('PATCH', shirtPath)).toBe(2);
  });

  it('keeps a failed example on screen while it loads again, then focuses the search box', async () => {
    const examplePath = '/vault/connections/hris/bamboohr/employees/example';
    mock.fail({ method: 'GET', path: examplePath, status: 500 });
    const { user } = renderWithKit(<FieldMappingView {...BAMBOO} />, { mock });
    const cost = await row('Cost center');
    await user.click(within(cost).getByRole('button', { name: 'Map Cost center' }));
    const alert = await within(cost).findByRole('alert', {}, { timeout: 5000 });
    const before = count('GET', examplePath);
    await retryKeepsFocus(user, alert);
    expect(alert).toHaveTextContent('The example record could not be loaded.');

    const search = await within(cost).findByRole('searchbox', { name: 'Search fields' }, { timeout: 5000 });
    await expect.poll(() => document.activeElement).toBe(search);
    expect(count('GET', examplePath)).toBe(before + 1);
  });

  it('keeps a failed list on screen while it loads again, then focuses the first row', async () => {
    mock.fail({ method: 'GET', path: TARGETS, status: 500 });
    const { user } = renderWithKit(<FieldMappingView {...BAMBOO} />, { mock });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    await retryKeepsFocus(user, alert);
    expect(alert).toHaveTextContent('The field mappings could not be loaded.');

    const first = await screen.findAllByRole('button', { name: /^(Map|Change)/ }, { timeout: 5000 });
    await expect.poll(() => document.activeElement).toBe(first[0]);
    expect(count('GET', TARGETS)).toBe(2);
  });
});
