import type { Connection } from '@integrations-kit/client';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testConnection } from '../test/connections.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsGrid } from './IntegrationsGrid.js';
import { PLAIN_RENDER_LIMIT } from './useWindowedRows.js';

const COUNT = 1000;
// Numbered names sort numerically ("Service 2" before "Service 10"), so position n is "Service n".
const connections: Connection[] = Array.from({ length: COUNT }, (_, i) =>
  testConnection('crm', `service-${i + 1}`, `Service ${i + 1}`),
);
const mock = setupVaultServer({ connections });

// jsdom lays nothing out: the list gets a 1024 px wide box (four 16rem columns) whose top moves
// as the page "scrolls"; a row with its gap is 10.5rem = 168 px (no gap without the stylesheet).
const ROW = 168;
let listTop = 0;
let listWidth = 1024;
beforeEach(() => {
  listTop = 0;
  listWidth = 1024;
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const isList = this.dataset.slot === 'connection-list';
    return DOMRect.fromRect(isList ? { x: 0, y: listTop, width: listWidth, height: (COUNT / 4) * ROW } : {});
  });
});
afterEach(() => vi.restoreAllMocks());

const list = () => screen.getByRole('list');
const items = () => within(list()).getAllByRole('listitem');
const positions = () => items().map((item) => Number(item.getAttribute('aria-posinset')));
const card = (position: number) =>
  list().querySelector<HTMLElement>(`[aria-posinset="${position}"] [data-slot="integration-card"]`);

async function scrollTo(top: number) {
  listTop = -top;
  act(() => window.dispatchEvent(new Event('scroll')));
  await waitFor(() => expect(positions()[0]).toBeGreaterThan(top === 0 ? 0 : 1));
}

async function renderLongGrid() {
  const result = renderWithKit(<IntegrationsGrid />, { mock });
  await screen.findByRole('list');
  return result;
}

describe('IntegrationsGrid with a long list', () => {
  it('renders only the rows on screen, each card stating its position in the whole list', async () => {
    await renderLongGrid();

    expect(COUNT).toBeGreaterThan(PLAIN_RENDER_LIMIT);
    expect(screen.getByText('1,000 integrations')).toBeInTheDocument();
    // 768 px of window: rows 1-5 on screen plus two rows of overscan, four cards a row.
    expect(positions()).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(items()[0]).toHaveAttribute('aria-setsize', '1000');
    expect(items()[5]).toHaveStyle({ gridRow: '2', gridColumn: '2' });
  });

  it('keeps the first guess when it already shows every row on screen, so the first frame renders once', async () => {
    // A list 800 px wide (three columns) starting 100 px down the 1024 x 768 window. The guess made
    // from the window alone (three columns with the stylesheet's gap, five rows) covers the four rows
    // the measurement finds on screen, so it stands instead of a second render before paint.
    listWidth = 800;
    listTop = 100;
    await renderLongGrid();

    // Five rows plus two of overscan, three cards a row (the measurement alone would render six rows).
    expect(positions()).toEqual(Array.from({ length: 21 }, (_, i) => i + 1));
    expect(items()[4]).toHaveStyle({ gridRow: '2', gridColumn: '2' });
  });

  it('renders the rows scrolled to, and a card beyond the window is found by search', async () => {
    const { user } = await renderLongGrid();

    await scrollTo(100 * ROW);
    expect(positions()[0]).toBe(98 * 4 + 1);
    expect(card(402)).toHaveTextContent('Service 402');
    expect(card(1)).toBeNull();

    await scrollTo(0);
    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'service 999');
    await waitFor(() =>
      expect(
        within(list())
          .getAllByRole('button')
          .map((button) => button.textContent),
      ).toEqual([expect.stringMatching(/^Service 999/)]),
    );
    expect(screen.getByText('1 of 1,000 integrations')).toBeInTheDocument();
  });

  it('moves focus with arrows, Home and End, rendering an off-screen target first', async () => {
    const { user } = await renderLongGrid();
    act(() => card(1)?.focus());

    await user.keyboard('{ArrowRight}');
    expect(card(2)).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(card(6)).toHaveFocus();
    await user.keyboard('{End}');
    expect(card(1000)).toHaveFocus();
    expect(card(1000)).toHaveTextContent('Service 1000');
    await user.keyboard('{Home}');
    expect(card(1)).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(card(1)).toHaveFocus();
  });

  it('keeps focus on a card while it is scrolled out of view and back', async () => {
    const { user } = await renderLongGrid();
    await user.click(screen.getByRole('button', { name: /^Service 3 / }));
    const focused = card(3);
    expect(focused).toHaveFocus();

    await scrollTo(200 * ROW);
    expect(positions()).toContain(3);
    expect(focused).toHaveFocus();
    expect(focused?.isConnected).toBe(true);

    await scrollTo(0);
    expect(card(3)).toBe(focused);
    expect(focused).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(card(4)).toHaveFocus();
  });

  it('reads the connection of a hovered or focused card ahead, once per card', async () => {
    await renderLongGrid();
    const detailReads = (serviceId: string) =>
      mock.requests.filter(
        (request) => request.method === 'GET' && request.path === `/vault/connections/crm/${serviceId}`,
      );

    fireEvent.pointerOver(card(2) as HTMLElement);
    fireEvent.pointerOver(card(2)?.firstElementChild as HTMLElement);
    await waitFor(() => expect(detailReads('service-2')).toHaveLength(1));

    act(() => card(7)?.focus());
    await waitFor(() => expect(detailReads('service-7')).toHaveLength(1));
    expect(detailReads('service-2')).toHaveLength(1);
  });

  it('filters without measuring the list mid-render: the same viewport, looked at again in the next frame', async () => {
    const { user } = await renderLongGrid();
    const frames: FrameRequestCallback[] = [];
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation((callback) => frames.push(callback));
    const measured = () =>
      vi.mocked(HTMLElement.prototype.getBoundingClientRect).mock.contexts.filter((element) => element === list())
        .length;
    const before = measured();

    // "service 1" keeps the 272 names holding a 1: still windowed, four cards a row.
    await user.type(screen.getByRole('searchbox', { name: 'Search integrations' }), 'service 1');
    await screen.findByText('272 of 1,000 integrations', {}, { timeout: 5000 });
    expect(positions()).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(measured()).toBe(before);

    act(() => frames.splice(0).forEach((frame) => frame(performance.now())));
    expect(measured()).toBeGreaterThan(before);
    expect(positions()).toHaveLength(28);
  });
});
