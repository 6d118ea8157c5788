import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MessagesProvider } from '../i18n/MessagesProvider.js';
import { de } from '../locales/de.js';
import { FilterButtons } from './FilterButtons.js';

const options = [
  { value: 'all', label: 'All', count: 1203 },
  { value: 'crm', label: 'CRM', count: 7 },
];

describe('FilterButtons', () => {
  it('writes each count the way the messages’ locale writes numbers', () => {
    const { unmount } = render(<FilterButtons label="Category" options={options} value="all" onChange={() => {}} />);
    expect(screen.getByRole('button', { name: 'All 1,203' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'CRM 7' })).toBeInTheDocument();
    unmount();

    render(
      <MessagesProvider messages={de}>
        <FilterButtons label="Kategorie" options={options} value="crm" onChange={() => {}} />
      </MessagesProvider>,
    );
    expect(screen.getByRole('button', { name: 'All 1.203' })).toBeInTheDocument();
  });
});
