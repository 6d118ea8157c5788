import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { describe, expect, it } from 'vitest';

// Proves the React 18 run is real: one React 18 copy shared by our code and the dependencies
// Node loads itself (a second copy would break hooks with "Invalid hook call").
describe('React 18 test run', () => {
  it('loads React 18 and react-dom 18', () => {
    expect(version).toMatch(/^18\./);
    expect(domVersion).toMatch(/^18\./);
  });

  it('shares one React between our code, Testing Library and TanStack Query', async () => {
    function Probe() {
      const { data } = useQuery({ queryKey: ['probe'], queryFn: async () => 'ready' });
      return <p>{data ?? 'loading'}</p>;
    }
    render(
      <QueryClientProvider client={new QueryClient()}>
        <Probe />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('ready')).toBeTruthy();
  });
});
