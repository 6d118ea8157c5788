import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithKit } from '../test/render.js';
import { MappingTree } from './MappingTree.js';

const RECORD = {
  root: { name: 'Ada', training: { first_aid: 'yes', cpr: 'no' } },
  emails: [{ email: 'ada@example.com' }],
  '<b>odd</b> key': '<img src=x onerror=alert(1)>',
  title: 'Engineer',
};

function renderTree(selectedPath?: string) {
  const onPick = vi.fn();
  const result = renderWithKit(
    <MappingTree record={RECORD} selectedPath={selectedPath} onPick={onPick} label="Fields of Employees" />,
  );
  return { ...result, onPick };
}

const item = (name: RegExp | string) => screen.getByRole('treeitem', { name });
// The count on screen, which follows every keystroke (the live region waits for a pause).
const shownCount = () => document.querySelector('[data-slot="mapping-tree-count"]');
const focused = () => document.activeElement?.getAttribute('data-path');

describe('MappingTree', () => {
  it('is a labelled tree of the top-level keys, branches collapsed, with their place and one tab stop', async () => {
    const { user } = renderTree();
    const tree = screen.getByRole('tree', { name: 'Fields of Employees' });
    const items = within(tree).getAllByRole('treeitem');
    expect(items.map((element) => element.getAttribute('data-path'))).toEqual([
      '$.root',
      '$.emails',
      "$['<b>odd</b> key']",
      '$.title',
    ]);
    expect(items[0]).toHaveAttribute('aria-expanded', 'false');
    expect(items[0]).toHaveAttribute('aria-level', '1');
    expect(items[1]).toHaveAttribute('aria-posinset', '2');
    expect(items[1]).toHaveAttribute('aria-setsize', '4');
    expect(items[3]).not.toHaveAttribute('aria-expanded');
    expect(items[3]).toHaveAttribute('aria-selected', 'false');
    expect(items.filter((element) => element.tabIndex === 0)).toEqual([items[0]]);
    await user.click(screen.getByRole('searchbox', { name: 'Search fields' }));
    await user.tab();
    expect(focused()).toBe('$.root');
  });

  it('shows keys and example values as text, never as HTML', () => {
    renderTree();
    const odd = item(/odd/);
    expect(odd).toHaveAccessibleName('<b>odd</b> key <img src=x onerror=alert(1)>');
    expect(odd.querySelector('img, b')).toBeNull();
  });

  it('ArrowDown and ArrowUp move through the visible items; Home and End jump to the ends', async () => {
    const { user } = renderTree();
    await user.tab();
    await user.tab();
    expect(focused()).toBe('$.root');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(focused()).toBe("$['<b>odd</b> key']");
    await user.keyboard('{ArrowUp}');
    expect(focused()).toBe('$.emails');
    await user.keyboard('{End}');
    expect(focused()).toBe('$.title');
    await user.keyboard('{ArrowDown}');
    expect(focused()).toBe('$.title');
    await user.keyboard('{Home}');
    expect(focused()).toBe('$.root');
    expect(item(/^root/)).toHaveAttribute('tabindex', '0');
    expect(item(/^title/)).toHaveAttribute('tabindex', '-1');
  });

  it('ArrowRight opens a branch, then goes to its first child; ArrowLeft goes to the parent, then closes it', async () => {
    const { user } = renderTree();
    await user.tab();
    await user.tab();
    await user.keyboard('{ArrowRight}');
    expect(item(/^root/)).toHaveAttribute('aria-expanded', 'true');
    expect(focused()).toBe('$.root');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('$.root.name');
    expect(item(/^name/)).toHaveAttribute('aria-level', '2');
    expect(item(/^name/)).toHaveAttribute('aria-setsize', '2');
    await user.keyboard('{ArrowRight}');
    expect(focused()).toBe('$.root.name');
    await user.keyboard('{ArrowLeft}');
    expect(focused()).toBe('$.root');
    await user.keyboard('{ArrowLeft}');
    expect(item(/^root/)).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('treeitem', { name: /^name/ })).not.toBeInTheDocument();
  });

  it('Enter and Space pick a leaf with its JSONPath; on a branch they open and close it', async () => {
    const { user, onPick } = renderTree();
    await user.tab();
    await user.tab();
    await user.keyboard('{Enter}');
    expect(item(/^root/)).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}{ArrowDown}{ArrowDown}');
    expect(focused()).toBe('$.root.training.cpr');
    await user.keyboard(' ');
    expect(onPick).toHaveBeenCalledExactlyOnceWith('$.root.training.cpr');
    await user.keyboard('{ArrowUp}{Enter}');
    expect(onPick).toHaveBeenLastCalledWith('$.root.training.first_aid');
    await user.click(item(/^title/));
    expect(onPick).toHaveBeenLastCalledWith('$.title');
    expect(focused()).toBe('$.title');
  });

  it('typing a character moves to the next visible item starting with it, wrapping around', async () => {
    const { user } = renderTree();
    await user.tab();
    await user.tab();
    await user.keyboard('t');
    expect(focused()).toBe('$.title');
    await user.keyboard('r');
    expect(focused()).toBe('$.root');
    await user.keyboard('E');
    expect(focused()).toBe('$.emails');
    await user.keyboard('x');
    expect(focused()).toBe('$.emails');
  });

  it('opens the way to the current mapping and marks it selected and tabbable', () => {
    renderTree('$.root.training.first_aid');
    expect(item(/^root/)).toHaveAttribute('aria-expanded', 'true');
    expect(item(/^training/)).toHaveAttribute('aria-expanded', 'true');
    const current = item(/^first_aid/);
    expect(current).toHaveAttribute('aria-selected', 'true');
    expect(current).toHaveAttribute('aria-level', '3');
    expect(current).toHaveAttribute('tabindex', '0');
    expect(item(/^cpr/)).toHaveAttribute('aria-selected', 'false');
  });

  it('finds the current mapping however its path is spelled', () => {
    const { unmount } = renderTree(`$.root["training"]['first_aid']`);
    expect(item(/^first_aid/)).toHaveAttribute('aria-selected', 'true');
    expect(item(/^first_aid/)).toHaveAttribute('tabindex', '0');
    unmount();
    renderTree("$['title']");
    expect(item(/^title/)).toHaveAttribute('aria-selected', 'true');
  });

  it('search shows only the matching leaves with their ancestors open, and says how many match', async () => {
    const { user, onPick } = renderTree();
    const search = screen.getByRole('searchbox', { name: 'Search fields' });
    await user.type(search, 'AID');
    expect(shownCount()).toHaveTextContent('1 field matches');
    const rows = screen.getAllByRole('treeitem').map((element) => element.getAttribute('data-path'));
    expect(rows).toEqual(['$.root', '$.root.training', '$.root.training.first_aid']);
    expect(item(/^root/)).toHaveAttribute('aria-setsize', '1');
    await user.tab();
    await user.keyboard('{End}{Enter}');
    expect(onPick).toHaveBeenCalledWith('$.root.training.first_aid');

    await user.clear(search);
    await user.type(search, 'emails');
    expect(shownCount()).toHaveTextContent('1 field matches');
    expect(item(/^email ada/)).toBeVisible();
    await user.type(search, 'zzz');
    expect(shownCount()).toHaveTextContent('No fields match.');
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
    await user.clear(search);
    expect(shownCount()).toHaveTextContent('');
    // Every item is back, and the branches the searches opened stay open.
    expect(screen.getAllByRole('treeitem')).toHaveLength(10);
    expect(item(/^training/)).toHaveAttribute('aria-expanded', 'true');
  });

  it('shows a key no path can name (both quotes) but does not let it be picked', async () => {
    const onPick = vi.fn();
    const { user } = renderWithKit(
      <MappingTree record={{ [`it's "x"`]: 'both', "it's": 'single' }} onPick={onPick} label="Fields" />,
    );
    const both = item(/^it's "x"/);
    expect(both).toHaveAttribute('aria-disabled', 'true');
    expect(item(/^it's single/)).not.toHaveAttribute('aria-disabled');
    await user.click(both);
    await user.keyboard('{Enter} ');
    expect(onPick).not.toHaveBeenCalled();
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onPick).toHaveBeenCalledExactlyOnceWith(`$["it's"]`);
  });

  it('says so when the record has no fields', () => {
    renderWithKit(<MappingTree record={{}} onPick={() => {}} label="Fields" />, { locale: 'de' });
    expect(screen.getByRole('status')).toHaveTextContent('Der Beispieldatensatz hat keine Felder.');
    expect(screen.queryByRole('tree')).not.toBeInTheDocument();
  });

  describe('announcing the match count', () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    // Every text the live region takes on, in order.
    function watchStatus() {
      const said: string[] = [];
      const observer = new MutationObserver(() => said.push(screen.getByRole('status').textContent ?? ''));
      observer.observe(screen.getByRole('status'), { childList: true, characterData: true, subtree: true });
      return said;
    }

    it('says the final count once typing pauses, while the tree and the count on screen follow each key', async () => {
      vi.useFakeTimers();
      renderTree();
      const said = watchStatus();
      const search = screen.getByRole('searchbox', { name: 'Search fields' });
      // Three keys 200 ms apart (fireEvent: user-event waits on a timer faked here).
      fireEvent.change(search, { target: { value: 'n' } });
      expect(shownCount()).not.toHaveTextContent('1 field matches');
      await act(() => vi.advanceTimersByTimeAsync(200));
      fireEvent.change(search, { target: { value: 'na' } });
      await act(() => vi.advanceTimersByTimeAsync(200));
      fireEvent.change(search, { target: { value: 'nam' } });
      // Filtered and counted at once, with nothing said yet.
      expect(shownCount()).toHaveTextContent('1 field matches');
      expect(screen.getAllByRole('treeitem').map((element) => element.getAttribute('data-path'))).toEqual([
        '$.root',
        '$.root.name',
      ]);
      await act(() => vi.advanceTimersByTimeAsync(499));
      expect(said).toEqual([]);
      expect(screen.getByRole('status')).toHaveTextContent('');

      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(said).toEqual(['1 field matches']);
      await act(() => vi.advanceTimersByTimeAsync(2000));
      expect(said).toEqual(['1 field matches']);
    });

    it('says nothing while an input method composes, and the count once the composition ends and a pause follows', async () => {
      vi.useFakeTimers();
      renderTree();
      const said = watchStatus();
      const search = screen.getByRole('searchbox', { name: 'Search fields' });
      fireEvent.compositionStart(search);
      fireEvent.change(search, { target: { value: 't' } });
      fireEvent.change(search, { target: { value: 'ti' } });
      await act(() => vi.advanceTimersByTimeAsync(1000));
      expect(shownCount()).toHaveTextContent('1 field matches');
      expect(said).toEqual([]);

      fireEvent.change(search, { target: { value: 'tit' } });
      fireEvent.compositionEnd(search);
      await act(() => vi.advanceTimersByTimeAsync(499));
      expect(said).toEqual([]);
      await act(() => vi.advanceTimersByTimeAsync(1));
      expect(said).toEqual(['1 field matches']);
    });
  });
});
