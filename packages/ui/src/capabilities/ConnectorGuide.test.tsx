import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { ConnectorGuide } from './ConnectorGuide.js';

const hostile = [
  '# Connect Workday',
  '<script>alert("guide")</script>',
  '- Register a client <img src=x onerror="alert(1)">',
  '- Read [the steps](javascript:alert(document.cookie)) or [the old page](http://insecure.example.com/w)',
  '- Then [Workday Community](https://community.workday.com/)',
].join('\n');

describe('ConnectorGuide', () => {
  it('renders the guide as headings, paragraphs and lists with inline markdown', () => {
    renderWithKit(
      <ConnectorGuide
        status="loaded"
        name="BambooHR"
        markdown={
          '# Connect BambooHR\n\nYou need an **administrator**\naccount.\n\n1. Open *API Keys*\n2. Copy the `API key`'
        }
      />,
    );
    const guide = screen.getByRole('group', { name: 'Connection guide' });
    expect(within(guide).getByRole('heading', { level: 4, name: 'Connect BambooHR' })).toBeVisible();
    expect(within(guide).getByText('administrator').tagName).toBe('STRONG');
    expect(within(guide).getByText(/You need an/).textContent).toBe('You need an administrator account.');
    const steps = within(guide).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual(['Open API Keys', 'Copy the API key']);
    expect(steps[0]?.parentElement?.tagName).toBe('OL');
  });

  it("shows the guide's links as text alone when links are hidden (isolation mode)", () => {
    const { container } = renderWithKit(
      <ConnectorGuide
        status="loaded"
        name="Workday"
        markdown="- Then [Workday Community](https://community.workday.com/)"
        hideLinks
      />,
    );
    expect(screen.getByText('Workday Community')).toBeVisible();
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(container.querySelector('a')).toBeNull();
  });

  it('keeps hostile markdown text-safe: HTML stays literal text and only https links stay links', () => {
    const { container } = renderWithKit(<ConnectorGuide status="loaded" name="Workday" markdown={hostile} />);
    expect(container.querySelector('script, img, [onerror]')).toBeNull();
    expect(screen.getByText('<script>alert("guide")</script>')).toBeVisible();
    expect(screen.getByText(/<img src=x onerror/)).toBeVisible();
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      'https://community.workday.com/',
    ]);
    // A javascript: target never becomes a link (its parentheses end the match), a plain http one loses its link.
    expect(screen.getByText(/\[the steps\]\(javascript:/).closest('a')).toBeNull();
    expect(screen.getByText('the old page').closest('a')).toBeNull();
  });

  it('says the guide is loading while it is read', () => {
    renderWithKit(<ConnectorGuide status="loading" name="BambooHR" />);
    const guide = screen.getByRole('group', { name: 'Connection guide' });
    expect(guide).toHaveAttribute('aria-busy', 'true');
    expect(guide).toHaveTextContent('Loading the guide…');
  });

  it('falls back to the doc link when the guide could not be read', () => {
    renderWithKit(<ConnectorGuide status="failed" name="BambooHR" url="https://docs.example.com/bamboohr" />);
    expect(screen.getByText("Couldn't load the guide here.")).toBeVisible();
    const link = screen.getByRole('link', { name: /^Read how to connect BambooHR/ });
    expect(link).toHaveAttribute('href', 'https://docs.example.com/bamboohr');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(link).toHaveTextContent('(opens in a new tab)');
  });

  it('shows nothing when it failed and the doc link is not https or links are hidden', () => {
    const { container, rerender } = renderWithKit(
      <ConnectorGuide status="failed" name="BambooHR" url="http://docs.example.com/bamboohr" />,
    );
    expect(container).toBeEmptyDOMElement();
    rerender(<ConnectorGuide status="failed" name="BambooHR" url="https://docs.example.com/b" hideLinks />);
    expect(container).toBeEmptyDOMElement();
  });

  it('speaks German with the German catalog', () => {
    renderWithKit(<ConnectorGuide status="failed" name="BambooHR" url="https://docs.example.com/b" />, {
      locale: 'de',
    });
    expect(screen.getByRole('link', { name: /^So verbinden Sie BambooHR/ })).toBeVisible();
  });
});
