import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SafeMarkdown } from './SafeMarkdown.js';

const text = 'Read **[the guide](https://developers.apideck.com/guide)** first';

describe('SafeMarkdown', () => {
  it('links a safe https URL in a new tab', () => {
    render(<SafeMarkdown text={text} />);
    const link = screen.getByRole('link', { name: 'the guide' });
    expect(link).toHaveAttribute('href', 'https://developers.apideck.com/guide');
    expect(link).toHaveAttribute('target', '_blank');
  });

  it('keeps only the link text with links={false}, inside its formatting', () => {
    const { container } = render(<SafeMarkdown text={text} links={false} />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('the guide').closest('strong')).not.toBeNull();
    expect(container.textContent).toBe('Read the guide first');
  });
});
