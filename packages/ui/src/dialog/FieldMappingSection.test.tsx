import type { Connection } from '@integrations-kit/client';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultPageSettings } from '../session/resolvePageSettings.js';
import { PageSettingsContext } from '../session/usePageSettings.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { FieldMappingSection } from './FieldMappingSection.js';

const mock = setupVaultServer();

function renderSection(connection: Connection, showFieldMapping = true) {
  return renderWithKit(
    <PageSettingsContext.Provider value={{ ...defaultPageSettings, showFieldMapping }}>
      <FieldMappingSection connection={connection} />
    </PageSettingsContext.Provider>,
    { mock },
  );
}

const stored = (unifiedApi: string, serviceId: string) => mock.getConnection(unifiedApi, serviceId) as Connection;
const mappingReads = () => mock.requests.filter((request) => request.path.startsWith('/vault/custom-mappings'));

describe('FieldMappingSection', { timeout: 20_000 }, () => {
  it('shows the Field mapping section, loaded on demand, for a callable connection with targets', async () => {
    renderSection(stored('hris', 'bamboohr'));
    expect(await screen.findByRole('heading', { name: 'Field mapping' })).toBeVisible();
    expect(await screen.findByRole('heading', { name: 'Employees' })).toBeVisible();
    expect(mappingReads()).toHaveLength(1);
  });

  it('is left out, asking for nothing, when the connection lists no custom_mappings', async () => {
    renderSection(stored('accounting', 'xero'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Field mapping' })).not.toBeInTheDocument();
    expect(mappingReads()).toEqual([]);
  });

  it('is left out once the list shows nothing to map, for a connection that does not list its mappings', async () => {
    const { custom_mappings: _unlisted, ...xero } = stored('accounting', 'xero');
    renderSection(xero);
    await expect.poll(() => mappingReads().length).toBe(1);
    expect(screen.queryByRole('heading', { name: 'Field mapping' })).not.toBeInTheDocument();
  });

  it('is left out, asking for nothing, when showFieldMapping is false or the connection is not callable', async () => {
    const notCallable = { ...stored('hris', 'bamboohr'), state: 'authorized' } as Connection;
    renderSection(stored('hris', 'bamboohr'), false);
    renderSection(notCallable);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByRole('heading', { name: 'Field mapping' })).not.toBeInTheDocument();
    expect(mappingReads()).toEqual([]);
  });
});
