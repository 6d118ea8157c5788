import { canonicalJsonPath } from '@integrations-kit/client';
import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ComponentPropsWithoutRef,
  type CSSProperties,
  type KeyboardEvent,
} from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { useSettledValue } from '../primitives/useSettledValue.js';
import { allNodes, exampleTree, matchingLeaves, visibleRows, type ExampleNode } from './exampleTree.js';

// How long typing must pause before the match count is announced.
const ANNOUNCE_DELAY_MS = 500;

/** Props of `MappingTree`. */
export interface MappingTreeProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The downstream example record to browse. */
  record: unknown;
  /** The JSONPath of the current mapping, shown selected. */
  selectedPath?: string | null;
  /** A leaf was picked (Enter, Space or a click), with its JSONPath. */
  onPick: (path: string) => void;
  /** The tree's accessible name. */
  label: string;
}

/**
 * A downstream record as a browsable tree with a search box: the WAI-ARIA tree pattern by hand
 * (React Aria's Tree would weigh more than the whole mapping chunk). One tab stop; arrows, Home,
 * End and a typed character move; Enter or Space picks a leaf. Presentational.
 *
 * @example <MappingTree record={example} selectedPath="$.name" onPick={save} label="Fields of Employees" />
 */
export function MappingTree({ record, selectedPath, onPick, label, className, ...props }: MappingTreeProps) {
  const m = useMessages().mapping;
  const searchId = useId();
  const roots = useMemo(() => exampleTree(record), [record]);
  const nodes = useMemo(() => allNodes(roots), [roots]);
  // A stored path may be spelled otherwise (`$['name']`); the tree's ids are spelled as the kit writes.
  const selected = selectedPath ? canonicalJsonPath(selectedPath) : selectedPath;
  const [expanded, setExpanded] = useState(() => new Set(nodes.find((node) => node.id === selected)?.ancestors));
  const [query, setQuery] = useState('');
  const [focusedId, setFocusedId] = useState(selected);
  const items = useRef(new Map<string, HTMLElement>());
  // Focus follows the current item only after a key moved it, never on the first render.
  const moved = useRef(false);

  const [composing, setComposing] = useState(false);
  const matches = useMemo(() => matchingLeaves(nodes, query), [nodes, query]);
  // The count shows at once; the live region says it once typing pauses, so it does not flood.
  const countText = matches ? m.matches(matches.length) : roots.length === 0 ? m.exampleEmpty : '';
  // Settled per search, not per text: every key restarts the pause even when the count stays.
  const searched = useMemo(() => ({ query, countText }), [query, countText]);
  const announced = useSettledValue(searched, ANNOUNCE_DELAY_MS, composing).countText;
  const shown = matches && new Set(matches.flatMap((node) => [node.id, ...node.ancestors]));
  const rows = visibleRows(roots, expanded, shown);
  const current = rows.find((row) => row.node.id === focusedId) ?? rows[0];

  useEffect(() => {
    if (!moved.current || !current) return;
    moved.current = false;
    items.current.get(current.node.id)?.focus();
  });

  const focus = (node: ExampleNode | undefined) => {
    if (!node) return;
    moved.current = true;
    setFocusedId(node.id);
  };
  const setOpen = (node: ExampleNode, open: boolean) =>
    setExpanded((before) => {
      const next = new Set(before);
      if (open) next.add(node.id);
      else next.delete(node.id);
      return next;
    });
  const activate = (node: ExampleNode) => {
    if (node.children) setOpen(node, !expanded.has(node.id));
    else if (!node.unpickable) onPick(node.id);
  };

  function onKeyDown(event: KeyboardEvent) {
    if (!current || event.altKey || event.ctrlKey || event.metaKey) return;
    const { node } = current;
    const at = rows.indexOf(current);
    const open = expanded.has(node.id);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focus(rows[at + 1]?.node),
      ArrowUp: () => focus(rows[at - 1]?.node),
      Home: () => focus(rows[0]?.node),
      End: () => focus(rows.at(-1)?.node),
      ArrowRight: () => (node.children && !open ? setOpen(node, true) : node.children && focus(rows[at + 1]?.node)),
      ArrowLeft: () =>
        node.children && open
          ? setOpen(node, false)
          : focus(rows.find((row) => row.node.id === node.ancestors.at(-1))?.node),
      Enter: () => activate(node),
      ' ': () => activate(node),
    };
    const action = keys[event.key];
    if (action) {
      event.preventDefault();
      action();
    } else if (event.key.length === 1) {
      // Type-ahead: the next visible item after the current one whose key starts with the character.
      const char = event.key.toLowerCase();
      const after = [...rows.slice(at + 1), ...rows.slice(0, at + 1)];
      focus(after.find((row) => row.node.label.toLowerCase().startsWith(char))?.node);
    }
  }

  function search(value: string) {
    setQuery(value);
    // Reveal every match: its ancestors open (and stay open once the search is cleared).
    const opened = (matchingLeaves(nodes, value) ?? []).flatMap((node) => node.ancestors);
    if (opened.length > 0) setExpanded((before) => new Set([...before, ...opened]));
  }

  return (
    <div data-slot="mapping-tree" className={cn('ik:flex ik:flex-col ik:gap-2', className)} {...props}>
      <label htmlFor={searchId} className="ik:text-sm ik:font-medium">
        {m.search}
      </label>
      <input
        id={searchId}
        type="search"
        value={query}
        onChange={(event) => search(event.target.value)}
        onCompositionStart={() => setComposing(true)}
        onCompositionEnd={() => setComposing(false)}
        onKeyDown={(event) => {
          if (event.key !== 'Escape' || !query) return;
          // The first Escape clears the search; only the next one may close what holds the tree.
          event.preventDefault();
          event.stopPropagation();
          search('');
        }}
        className="ik:rounded-control ik:border ik:border-border ik:bg-surface ik:px-3 ik:py-2 ik:text-sm"
      />
      <p aria-hidden="true" data-slot="mapping-tree-count" className="ik:text-sm ik:text-fg-muted">
        {countText}
      </p>
      <p role="status" className="ik:sr-only">
        {announced}
      </p>
      {rows.length > 0 ? (
        <ul
          role="tree"
          aria-label={label}
          onKeyDown={onKeyDown}
          className="ik:max-h-72 ik:overflow-auto ik:rounded-control ik:border ik:border-border ik:p-1 ik:text-sm"
        >
          {rows.map(({ node, level, setSize, posInSet }) => {
            const branch = Boolean(node.children);
            return (
              <li
                key={node.id}
                ref={(element) => {
                  if (element) items.current.set(node.id, element);
                  else items.current.delete(node.id);
                }}
                role="treeitem"
                aria-level={level}
                aria-setsize={setSize}
                aria-posinset={posInSet}
                aria-expanded={branch ? expanded.has(node.id) : undefined}
                aria-selected={branch ? undefined : node.id === selected}
                aria-disabled={branch ? undefined : node.unpickable}
                tabIndex={node.id === current?.node.id ? 0 : -1}
                data-path={node.id}
                onClick={() => {
                  focus(node);
                  activate(node);
                }}
                // The kit's reset outranks an inline padding; a utility reads the depth instead.
                style={{ '--_ik-depth': level } as CSSProperties}
                className="ik:flex ik:cursor-pointer ik:gap-2 ik:py-1 ik:ps-[calc(var(--_ik-depth)*1em)] ik:pe-2 ik:hover:bg-surface-muted ik:focus-visible:outline-2 ik:focus-visible:outline-ring ik:aria-selected:bg-accent/10 ik:aria-selected:font-semibold"
              >
                <span aria-hidden="true" className="ik:w-3 ik:text-fg-muted">
                  {branch ? (expanded.has(node.id) ? '▾' : '▸') : ''}
                </span>
                <span className="ik:font-mono">{node.label}</span>
                {/* The space keeps key and value apart in the item's accessible name. */}
                {branch ? null : ' '}
                {branch ? null : <span className="ik:min-w-0 ik:truncate ik:text-fg-muted">{node.value}</span>}
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
