import { fixtures } from '@integrations-kit/mocks';
import { ConnectorDetails } from '@integrations-kit/ui';
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { renderKit, setupVaultServer } from '../test/renderKit.js';

const vault = setupVaultServer();
const bamboohr = fixtures.connections.find((connection) => connection.service_id === 'bamboohr');
if (!bamboohr) throw new Error('the BambooHR fixture is missing');

/** Answers BambooHR's consumer guide with `markdown` (and `contentType`) until the case ends. */
function answerGuide(markdown: string, contentType = 'text/markdown') {
  vault.server.use(
    http.get(`${vault.mock.baseUrl}/connector/connectors/bamboohr/docs/:docId`, () =>
      HttpResponse.text(markdown, { headers: { 'Content-Type': contentType } }),
    ),
  );
}

const HOSTILE: [string, string][] = [
  ['a script tag', '<script>window.__pwned = true</script> END'],
  ['an image with onerror', '<img src=x onerror="window.__pwned = true"> END'],
  ['an iframe', '<iframe src="https://evil.example"></iframe> END'],
  ['a javascript: link', '[click](javascript:window.__pwned=true) END'],
  ['a data: link', '[click](data:text/html;base64,PHNjcmlwdD4=) END'],
  ['a plain http link', '[click](http://evil.example/) END'],
  ['a link with credentials', '[click](https://user:pass@evil.example/) END'],
  ['an HTML heading', '# <b onclick="alert(1)">Title</b> END'],
  ['HTML inside a list item', '- <a href="javascript:alert(1)">x</a> END'],
];

describe('a connector guide with hostile markdown', { tags: ['hostile-data'] }, () => {
  it.each(HOSTILE)('renders %s as text with no element or link', async (_case, markdown) => {
    answerGuide(markdown);
    const { container } = renderKit(<ConnectorDetails connection={bamboohr} />, { mock: vault.mock });
    const guide = await screen.findByRole('group', { name: 'Connection guide' });
    await screen.findByText(/END/);
    expect(guide.querySelector('script, img, iframe, b, [onclick], [onerror]')).toBeNull();
    expect(container.querySelectorAll('a')).toHaveLength(0);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('refuses an HTML page answered with 200 and falls back to the https doc link', async () => {
    answerGuide('<!doctype html><title>app</title><script>window.__pwned = true</script>', 'text/html');
    renderKit(<ConnectorDetails connection={bamboohr} />, { mock: vault.mock });
    const link = await screen.findByRole('link', { name: /^Read how to connect BambooHR/ });
    expect(link.getAttribute('href')).toMatch(/^https:\/\//);
    expect(screen.queryByText(/doctype/)).not.toBeInTheDocument();
  });

  it('renders a 5,000-line guide of unclosed links within 10 s', async () => {
    answerGuide(`${'- step [a](b\n'.repeat(5_000)}END`);
    const started = performance.now();
    renderKit(<ConnectorDetails connection={bamboohr} />, { mock: vault.mock });
    await screen.findByText(/END/, {}, { timeout: 30_000 });
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});
