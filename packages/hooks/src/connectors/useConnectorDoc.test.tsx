import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithClient, setupVaultServer } from '../test/renderWithClient.js';
import { useConnectorDoc } from './useConnectorDoc.js';

const mock = setupVaultServer();

describe('useConnectorDoc', () => {
  it('loads a connector doc as markdown text and keeps it per connector and doc', async () => {
    const { result, queryClient, client } = renderWithClient(() => useConnectorDoc('bamboohr', 'consumer+connection'), {
      mock,
    });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatch(/^# Connect BambooHR/);
    expect(mock.requests.map((request) => request.path)).toEqual([
      '/connector/connectors/bamboohr/docs/consumer%2Bconnection',
    ]);
    const cached = queryClient.getQueryData([
      'vault',
      client.baseUrl,
      client.appId,
      client.consumerId,
      'connectors',
      'docs',
      'bamboohr',
      'consumer+connection',
    ]);
    expect(cached).toBe(result.current.data);
  });

  it('shapes the text with select', async () => {
    const { result } = renderWithClient(
      () => useConnectorDoc('bamboohr', 'consumer+connection', { select: (text) => text.split('\n')[0] }),
      { mock },
    );

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toBe('# Connect BambooHR');
  });

  it('fails with the API error when the Connector API refuses the session token', async () => {
    mock.fail({ path: /\/docs\//, status: 401, times: 4 });
    const { result } = renderWithClient(() => useConnectorDoc('bamboohr', 'consumer+connection'), { mock });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toMatchObject({ kind: 'api', status: 401 });
  });
});
