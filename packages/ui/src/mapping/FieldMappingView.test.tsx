import * as Dialog from '@radix-ui/react-dialog';
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DialogLayer } from '../primitives/DialogLayer.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { FieldMappingView } from './FieldMappingView.js';

const mock = setupVaultServer();
const BAMBOO = { unifiedApi: 'hris', serviceId: 'bamboohr' };
const TARGETS = '/vault/custom-mappings/hris/bamboohr';

const renderView = (ref = BAMBOO, locale?: 'de') => renderWithKit(<FieldMappingView {...ref} />, { mock, locale });

/** The row of the target labelled `label`. */
async function row(label: string) {
  const name = await screen.findByText(label, { selector: 'span' });
  return name.closest('li') as HTMLElement;
}

const storedValue = (targetId: string) =>
  mock.getConnection('hris', 'bamboohr')?.custom_mappings?.find((mapping) => mapping.id === targetId)?.value;

describe('FieldMappingView', { timeout: 20_000 }, () => {
  it('groups targets under their resource and shows what each reads, flagging required and stale ones', async () => {
    renderView();
    expect(await screen.findByRole('heading', { name: 'Employees' })).toBeVisible();
    // A labelled group, not a region: the dialog's Resources section names its regions after resources.
    expect(screen.getByRole('group', { name: 'Employees' })).toBeVisible();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    const firstAid = await row('First Aid Training');
    expect(within(firstAid).getByText('$.root.training.first_aid', { selector: 'code' })).toBeVisible();
    expect(await within(firstAid).findByText('Example: 2023-09-12')).toBeVisible();
    expect(within(firstAid).getByRole('button', { name: 'Change First Aid Training' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );

    const number = await row('Employee number');
    expect(within(number).getByText('Required')).toBeVisible();
    expect(within(number).getByText('Not mapped')).toBeVisible();
    expect(within(number).getByText('Needs a mapping')).toBeVisible();
    expect(within(number).queryByRole('button', { name: 'Clear Employee number' })).not.toBeInTheDocument();

    const shirt = await row('Shirt size');
    expect(await within(shirt).findByText('No longer found in the example record')).toBeVisible();
    // Flagged, never dropped: the path it had stays on screen and in the mock.
    expect(within(shirt).getByText('$.customFields.shirtSize', { selector: 'code' })).toBeVisible();
    expect(storedValue('hris+employees+shirt_size')).toBe('$.customFields.shirtSize');
  });

  it('maps a field through the tree with the keyboard: saved, announced, focus back on Change', async () => {
    const { user } = renderView();
    const number = await row('Employee number');
    within(number).getByRole('button', { name: 'Map Employee number' }).focus();
    await user.keyboard('{Enter}');
    const tree = await within(number).findByRole('tree', { name: 'Fields for Employee number' });
    await user.tab();
    expect(within(number).getByRole('searchbox', { name: 'Search fields' })).toHaveFocus();
    await user.tab();
    expect(within(tree).getAllByRole('treeitem')[0]).toHaveFocus();
    await user.keyboard('e');
    expect(document.activeElement).toHaveAttribute('data-path', '$.employeeNumber');
    await user.keyboard('{Enter}');

    const change = await within(number).findByRole('button', { name: 'Change Employee number' });
    await waitFor(() => expect(change).toHaveFocus());
    expect(within(number).getByRole('status')).toHaveTextContent('Employee number is mapped.');
    expect(within(number).queryByRole('tree')).not.toBeInTheDocument();
    expect(within(number).getByText('$.employeeNumber', { selector: 'code' })).toBeVisible();
    expect(within(number).getByText('Example: E-1042')).toBeVisible();
    expect(within(number).queryByText('Needs a mapping')).not.toBeInTheDocument();
    expect(storedValue('hris+employees+employee_number')).toBe('$.employeeNumber');
  });

  it('clear removes the mapping: Not mapped, announced, focus on Map', async () => {
    const { user } = renderView();
    const firstAid = await row('First Aid Training');
    await user.click(within(firstAid).getByRole('button', { name: 'Clear First Aid Training' }));
    const map = await within(firstAid).findByRole('button', { name: 'Map First Aid Training' });
    await waitFor(() => expect(map).toHaveFocus());
    expect(within(firstAid).getByText('Not mapped')).toBeVisible();
    expect(within(firstAid).getByRole('status')).toHaveTextContent('First Aid Training is no longer mapped.');
    expect(storedValue('hris+employees+first_aid_training')).toBeUndefined();
    expect(mock.requests.filter((request) => request.method === 'DELETE').map((request) => request.path)).toEqual([
      `${TARGETS}/${encodeURIComponent('hris+employees+first_aid_training')}`,
    ]);
  });

  it('a failed save keeps the picker open on the pick, with the reason and Try again', async () => {
    mock.fail({ method: 'PATCH', path: `${TARGETS}/${encodeURIComponent('hris+employees+shirt_size')}`, status: 500 });
    const { user } = renderView();
    const shirt = await row('Shirt size');
    await user.click(within(shirt).getByRole('button', { name: 'Change Shirt size' }));
    const tree = await within(shirt).findByRole('tree');
    await user.type(within(shirt).getByRole('searchbox'), 'shirt');
    await user.click(within(tree).getByRole('treeitem', { name: 'customShirtSize M' }));

    const alert = await within(shirt).findByRole('alert');
    expect(alert).toHaveTextContent(/^The mapping was not saved\./);
    expect(within(shirt).getByRole('treeitem', { name: 'customShirtSize M' })).toHaveAttribute('aria-selected', 'true');
    expect(within(shirt).getByRole('searchbox')).toHaveValue('shirt');
    expect(storedValue('hris+employees+shirt_size')).toBe('$.customFields.shirtSize');

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(within(shirt).getByRole('button', { name: 'Change Shirt size' })).toHaveFocus());
    expect(within(shirt).queryByRole('alert')).not.toBeInTheDocument();
    expect(within(shirt).getByText('Example: M')).toBeVisible();
    expect(within(shirt).queryByText('No longer found in the example record')).not.toBeInTheDocument();
    expect(storedValue('hris+employees+shirt_size')).toBe('$.customShirtSize');
  });

  it('offers the custom fields as a second source; picking one saves its finder, also when the example fails', async () => {
    mock.fail({ method: 'GET', path: '/vault/connections/hris/bamboohr/employees/example', status: 500, times: 5 });
    const { user } = renderView();
    const cost = await row('Cost center');
    await user.click(within(cost).getByRole('button', { name: 'Map Cost center' }));
    expect(await within(cost).findByText('The example record could not be loaded.')).toBeVisible();
    expect(within(cost).queryByRole('tree')).not.toBeInTheDocument();
    await user.click(within(cost).getByRole('button', { name: 'Emergency contact Jamie Doe' }));
    await waitFor(() =>
      expect(storedValue('hris+employees+cost_center')).toBe("$.custom_fields[?(@.id=='4048')].value"),
    );
    expect(await within(cost).findByText('Example: Jamie Doe')).toBeVisible();
  });

  it('Cancel closes the picker without saving and returns focus to Map', async () => {
    const { user } = renderView();
    const cost = await row('Cost center');
    await user.click(within(cost).getByRole('button', { name: 'Map Cost center' }));
    await user.click(await within(cost).findByRole('button', { name: 'Cancel' }));
    expect(within(cost).getByRole('button', { name: 'Map Cost center' })).toHaveFocus();
    expect(within(cost).queryByRole('tree')).not.toBeInTheDocument();
    expect(mock.requests.filter((request) => request.method !== 'GET')).toEqual([]);
  });

  it('Escape in the picker clears the search first, then closes the picker, never the dialog around it', async () => {
    const { user } = renderWithKit(
      <Dialog.Root defaultOpen>
        <DialogLayer aria-describedby={undefined}>
          <Dialog.Title>Connection</Dialog.Title>
          <FieldMappingView {...BAMBOO} />
        </DialogLayer>
      </Dialog.Root>,
      { mock },
    );
    const cost = await row('Cost center');
    await user.click(within(cost).getByRole('button', { name: 'Map Cost center' }));
    const search = await within(cost).findByRole('searchbox', { name: 'Search fields' });
    await user.type(search, 'shirt');
    await user.keyboard('{Escape}');
    expect(search).toHaveValue('');
    expect(search).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(cost).queryByRole('searchbox')).not.toBeInTheDocument();
    expect(within(cost).getByRole('button', { name: 'Map Cost center' })).toHaveFocus();
    expect(screen.getByRole('dialog', { name: 'Connection' })).toBeVisible();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('a list that fails to load says so and loads again on Try again', async () => {
    mock.fail({ method: 'GET', path: TARGETS, status: 500 });
    const { user } = renderView();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('The field mappings could not be loaded.');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { name: 'Employees' })).toBeVisible();
  });

  it('says why the list failed in the locale, the reason where the locale puts it', async () => {
    mock.fail({ method: 'GET', path: TARGETS, status: 500 });
    renderView(BAMBOO, 'de');
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(/^Die Feldzuordnungen konnten nicht geladen werden\. \S.*Erneut versuchen$/);
  });

  it('says there is nothing to map for a connection without targets, in German too', async () => {
    renderView({ unifiedApi: 'accounting', serviceId: 'xero' }, 'de');
    expect(await screen.findByText('Für diese Verbindung gibt es nichts zuzuordnen.')).toBeVisible();
  });
});
