import { FieldMappingView } from '@integrations-kit/ui';
import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse, type JsonBodyType } from 'msw';
import { describe, expect, it } from 'vitest';
import { envelope } from '../test/overrides.js';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer();
const { mock, server } = vault;
const MARKUP = '<img src=x onerror="window.__pwned = 1"><script>window.__pwned = 2</script>';
const EXAMPLE = '/vault/connections/hris/bamboohr/employees/example';

// Parsed, not written as a literal: a literal `__proto__` would set the prototype instead of a key.
let deep = '"bottom"';
for (let level = 0; level < 300; level += 1) deep = `{"d":${deep}}`;
const HOSTILE_RECORD = JSON.parse(
  `{"__proto__": {"polluted": "own key"}, "constructor": "c", ${JSON.stringify(MARKUP)}: ${JSON.stringify(MARKUP)},` +
    ` "a.b": {"odd key": "quoted", "it's": "apostrophe"}, "deep": ${deep}}`,
) as unknown;

function answerExample(example: unknown) {
  server.use(
    http.get(`${mock.baseUrl}${EXAMPLE}`, () =>
      HttpResponse.json(
        envelope({ unified_api: 'hris', service_id: 'bamboohr', example_response: example }) as JsonBodyType,
      ),
    ),
  );
}

async function openPicker(label: string) {
  const { user } = renderKit(<FieldMappingView unifiedApi="hris" serviceId="bamboohr" />, { mock });
  const row = (await screen.findByText(label, { selector: 'span' })).closest('li') as HTMLElement;
  await user.click(within(row).getByRole('button', { name: `Map ${label}` }));
  return { user, row: within(row) };
}

const stored = (id: string) => mock.getConnection('hris', 'bamboohr')?.custom_mappings?.find((m) => m.id === id)?.value;

describe('hostile field-mapping data', { tags: ['hostile-data'] }, () => {
  it('shows markup keys and values as text, keeps __proto__ a key and saves a path that reads it', async () => {
    answerExample(HOSTILE_RECORD);
    const { user, row } = await openPicker('Employee number');
    const tree = await row.findByRole('tree');
    expect(within(tree).getByRole('treeitem', { name: `${MARKUP} ${MARKUP}` })).toBeInTheDocument();
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);

    await user.click(within(tree).getByRole('treeitem', { name: '__proto__' }));
    await user.click(within(tree).getByRole('treeitem', { name: 'polluted own key' }));
    await waitFor(() => expect(stored('hris+employees+employee_number')).toBe('$.__proto__.polluted'));
    expect(await row.findByText('Example: own key')).toBeVisible();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
  });

  it('quotes keys that are not identifiers and opens a 300-level record without failing', async () => {
    answerExample(HOSTILE_RECORD);
    const { user, row } = await openPicker('Cost center');
    const tree = await row.findByRole('tree');
    await user.click(within(tree).getByRole('treeitem', { name: 'a.b' }));
    await user.click(within(tree).getByRole('treeitem', { name: 'odd key quoted' }));
    await waitFor(() => expect(stored('hris+employees+cost_center')).toBe("$['a.b']['odd key']"));
    expect(await row.findByText('Example: quoted')).toBeVisible();
    await user.click(row.getByRole('button', { name: 'Change Cost center' }));
    await user.click(within(row.getByRole('tree')).getByRole('treeitem', { name: "it's apostrophe" }));
    await waitFor(() => expect(stored('hris+employees+cost_center')).toBe(`$['a.b']["it's"]`));
    await user.click(await row.findByRole('button', { name: 'Change Cost center' }));
    await user.type(row.getByRole('searchbox'), 'deep');
    // Cut at a bounded depth: the rest of the record is one leaf, shown with its ancestors open.
    expect(row.getByText('1 field matches')).toBeVisible();
    const items = within(row.getByRole('tree')).getAllByRole('treeitem');
    expect(items).toHaveLength(24);
    expect(items.at(-1)).toHaveAttribute('aria-level', '24');
  });

  it.each([
    ['a string', 'Dietary requirements'],
    [[1, 2], 'Cost center'],
    [null, 'Employee number'],
  ])('reads an example of %j as it can, and keeps the custom fields usable', async (example, label) => {
    answerExample(example);
    const { row, user } = await openPicker(label);
    // Shown on screen (and said once by the tree's status region, which holds the same words).
    const [readable] = await row.findAllByText(/The example record has no fields\.|\[0\]/);
    expect(readable).toBeVisible();
    await user.click(row.getByRole('button', { name: 'Shirt size M' }));
    const id = `hris+employees+${label.toLowerCase().replace(' ', '_')}`;
    await waitFor(() => expect(stored(id)).toBe("$.custom_fields[?(@.id=='4047')].value"));
    expect(await row.findByText('Example: M')).toBeVisible();
  });

  it('shows markup in labels, descriptions and paths as text, and skips targets that are not objects', async () => {
    server.use(
      http.get(`${mock.baseUrl}/vault/custom-mappings/hris/bamboohr`, () =>
        HttpResponse.json(
          envelope([
            null,
            'hris+employees+evil',
            { id: 'hris+employees+evil', key: 'evil', label: MARKUP, description: MARKUP, value: `$.x${MARKUP}` },
          ]) as JsonBodyType,
        ),
      ),
    );
    renderKit(<FieldMappingView unifiedApi="hris" serviceId="bamboohr" />, { mock });
    expect(await screen.findAllByText(MARKUP)).toHaveLength(2);
    expect(screen.getByText(`$.x${MARKUP}`, { selector: 'code' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(document.querySelectorAll('script, img, [onerror]')).toHaveLength(0);
  });
});
