import { fixtures } from '@integrations-kit/mocks';
import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { ConnectorDetails } from './ConnectorDetails.js';

const mock = setupVaultServer();
const connectionOf = (serviceId: string) => {
  const connection = fixtures.connections.find((item) => item.service_id === serviceId);
  if (!connection) throw new Error(`no fixture connection for ${serviceId}`);
  return connection;
};
const paths = () => mock.requests.map((request) => request.path);
const DOC = '/connector/connectors/bamboohr/docs/consumer%2Bconnection';

describe('ConnectorDetails', () => {
  it('shows the connector capabilities and its consumer guide inline, from the Connector API', async () => {
    renderWithKit(<ConnectorDetails connection={connectionOf('bamboohr')} />, { mock });
    const guide = await screen.findByRole('group', { name: 'Connection guide' });
    expect(await screen.findByRole('heading', { level: 4, name: 'Connect BambooHR' })).toBeVisible();
    expect(guide).toHaveTextContent('You need an administrator account in BambooHR');
    expect(screen.getByText('Webhooks (polled)')).toBeVisible();
    expect(paths()).toEqual(['/connector/connectors/bamboohr', DOC]);
  });

  it('renders the hostile Workday guide as text: no HTML elements, only its https link', async () => {
    const { container } = renderWithKit(<ConnectorDetails connection={connectionOf('workday')} />, { mock });
    expect(await screen.findByRole('heading', { level: 4, name: 'Connect Workday' })).toBeVisible();
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://community.workday.com/',
    ]);
  });

  it('falls back to the doc link when the guide fails to load', async () => {
    mock.fail({ path: DOC, status: 500, times: 5 });
    renderWithKit(<ConnectorDetails connection={connectionOf('bamboohr')} />, { mock });
    expect(await screen.findByRole('link', { name: /^Read how to connect BambooHR/ })).toHaveAttribute(
      'href',
      'https://unify.apideck.com/connector/connectors/bamboohr/docs/consumer+connection',
    );
  });

  it('shows nothing when the Connector API refuses, leaving the Vault data alone', async () => {
    mock.fail({ path: '/connector/connectors/bamboohr', status: 401, times: 5 });
    const { container, queryClient } = renderWithKit(<ConnectorDetails connection={connectionOf('bamboohr')} />, {
      mock,
    });
    await waitFor(() => expect(queryClient.getQueryCache().findAll({ type: 'all' })[0]?.state.status).toBe('error'));
    expect(container).toBeEmptyDOMElement();
    expect(paths()).not.toContain(DOC);
  });

  it('leaves the guide out, and does not fetch it, when guides are hidden', async () => {
    renderWithKit(<ConnectorDetails connection={connectionOf('bamboohr')} hideGuide />, { mock });
    expect(await screen.findByText('Webhooks (polled)')).toBeVisible();
    expect(screen.queryByRole('group', { name: 'Connection guide' })).not.toBeInTheDocument();
    expect(paths()).toEqual(['/connector/connectors/bamboohr']);
  });
});
