import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { de } from '../locales/de.js';
import { format } from './format.js';
import { enMessages } from './messages.js';
import { mergeMessages } from './mergeMessages.js';
import { MessagesProvider } from './MessagesProvider.js';
import { useMessages } from './useMessages.js';

function Retry() {
  const messages = useMessages();
  return (
    <p>
      {messages.grid.retry} / {messages.dialog.close} / {messages.grid.resultCount(1, 2)}
    </p>
  );
}

// Every key of one object, as dotted paths, to compare locales' shapes.
function paths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => paths(child, prefix ? `${prefix}.${key}` : key));
}

describe('messages', () => {
  it('uses English without a provider', () => {
    render(<Retry />);
    expect(screen.getByText('Try again / Close / 1 of 2 integrations')).toBeInTheDocument();
  });

  it('switches to German with messages={de}', () => {
    render(
      <MessagesProvider messages={de}>
        <Retry />
      </MessagesProvider>,
    );
    expect(screen.getByText('Erneut versuchen / Schließen / 1 von 2 Integrationen')).toBeInTheDocument();
  });

  it('overrides single strings at any depth and keeps the rest', () => {
    render(
      <MessagesProvider messages={mergeMessages(de, { grid: { retry: 'Neu laden' }, dialog: { close: 'Zu' } })}>
        <Retry />
      </MessagesProvider>,
    );
    expect(screen.getByText('Neu laden / Zu / 1 von 2 Integrationen')).toBeInTheDocument();
  });

  it('lets an inner provider override the outer one', () => {
    render(
      <MessagesProvider messages={de}>
        <MessagesProvider messages={{ grid: { resultCount: (shown, total) => `${shown}/${total}` } }}>
          <Retry />
        </MessagesProvider>
      </MessagesProvider>,
    );
    expect(screen.getByText('Erneut versuchen / Schließen / 1/2')).toBeInTheDocument();
  });

  it('ships German with exactly the keys of English', () => {
    expect(paths(de).sort()).toEqual(paths(enMessages).sort());
  });
});

describe('mergeMessages', () => {
  it('does not mutate the base', () => {
    const merged = mergeMessages(enMessages, { status: { connected: 'Live' } });
    expect(merged.status.connected).toBe('Live');
    expect(merged.status.invalid).toBe('Invalid');
    expect(enMessages.status.connected).toBe('Connected');
  });
});

describe('format', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Connect {name} in {count} steps {oops}', { name: 'Xero', count: 2 })).toBe(
      'Connect Xero in 2 steps {oops}',
    );
  });
});
