import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { IntegrationIcon } from './IntegrationIcon.js';

const slot = (container: HTMLElement) => container.querySelector('[data-slot="integration-icon"]');

describe('IntegrationIcon', () => {
  it('shows the logo from an https URL', () => {
    const { container } = renderWithKit(<IntegrationIcon name="Salesforce" src="https://cdn.example.com/sf.png" />);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://cdn.example.com/sf.png');
    expect(slot(container)).not.toHaveAttribute('data-fallback');
  });

  it('accepts a data:image icon', () => {
    const { container } = renderWithKit(<IntegrationIcon name="Xero" src="data:image/png;base64,iVBORw0KGgo=" />);
    expect(container.querySelector('img')).toBeInTheDocument();
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['javascript:', 'javascript:alert(1)'],
    ['data:text/html', 'data:text/html,<script>alert(1)</script>'],
    ['plain http', 'http://cdn.example.com/sf.png'],
  ])('falls back to initials when the URL is %s', (_name, src) => {
    const { container } = renderWithKit(<IntegrationIcon name="Google Drive" src={src} />);
    expect(container.querySelector('img')).toBeNull();
    expect(slot(container)).toHaveTextContent('GD');
    expect(slot(container)).toHaveAttribute('data-fallback');
  });

  it('shows letters only in the initials, or ? when the name has none', () => {
    const { container, rerender } = renderWithKit(<IntegrationIcon name="Bird (MessageBird)" />);
    expect(slot(container)).toHaveTextContent(/^BM$/);
    rerender(<IntegrationIcon name="(+)" />);
    expect(slot(container)).toHaveTextContent(/^\?$/);
  });

  it('falls back to initials when the image fails to load, and tries a new URL again', () => {
    const { container, rerender } = renderWithKit(
      <IntegrationIcon name="Zoho CRM" src="https://cdn.example.com/broken.png" />,
    );
    fireEvent.error(container.querySelector('img') as HTMLImageElement);
    expect(container.querySelector('img')).toBeNull();
    expect(slot(container)).toHaveTextContent('ZC');

    rerender(<IntegrationIcon name="Zoho CRM" src="https://cdn.example.com/fixed.png" />);
    expect(container.querySelector('img')).toHaveAttribute('src', 'https://cdn.example.com/fixed.png');
  });

  it('is decorative by default and an image named after the integration with label', () => {
    const { container, rerender } = renderWithKit(<IntegrationIcon name="Xero" />);
    expect(slot(container)).toHaveAttribute('aria-hidden', 'true');
    rerender(<IntegrationIcon name="Xero" label />);
    expect(screen.getByRole('img', { name: 'Xero' })).toBe(slot(container));
  });
});
