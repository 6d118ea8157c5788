import { toJsonPath, type PathKey } from '@integrations-kit/client';
import { isRecord } from '../lib/isRecord.js';

/** One key of a downstream example record: a branch (object or array with entries) or a leaf. */
export interface ExampleNode {
  /** The JSONPath that reads it, unique in the tree (see `unpickable` for the exception). */
  id: string;
  /**
   * Set when no JSONPath can name it: a key holding both quotes, or inside one. Its id is then its
   * keys as JSON (which never starts with `$`), so the tree still shows it, but it is not picked.
   */
  unpickable?: true;
  /** Its key, or `[index]` in an array. */
  label: string;
  /** The ids of the enclosing nodes, outermost first. */
  ancestors: string[];
  /** Present on a branch. */
  children?: ExampleNode[];
  /** A leaf's value as text. */
  value?: string;
}

/** One visible row of the tree, with its place among its visible siblings. */
export interface TreeRow {
  node: ExampleNode;
  level: number;
  setSize: number;
  posInSet: number;
}

// A record nested deeper than this shows the rest as one leaf, so a hostile example cannot
// build an unbounded tree.
const MAX_DEPTH = 24;

/**
 * The record as a tree of nodes, in the record's key order.
 *
 * @example exampleTree({ name: 'Ada', tags: ['x'] }) // name (leaf), tags → [0] (leaf)
 */
export function exampleTree(record: unknown, keys: PathKey[] = [], ancestors: string[] = []): ExampleNode[] {
  const entries: [PathKey, unknown][] = Array.isArray(record)
    ? record.map((value, index) => [index, value])
    : isRecord(record)
      ? Object.entries(record)
      : [];
  return entries.map(([key, value]) => {
    const path = [...keys, key];
    const jsonPath = toJsonPath(path);
    const id = jsonPath ?? JSON.stringify(path);
    const node: ExampleNode = { id, label: typeof key === 'number' ? `[${key}]` : key, ancestors };
    if (jsonPath === undefined) node.unpickable = true;
    const children = path.length < MAX_DEPTH ? exampleTree(value, path, [...ancestors, id]) : [];
    if (children.length > 0) node.children = children;
    else node.value = exampleText(value);
    return node;
  });
}

/** A value of an example record as a line of text: a string as it is, anything else as JSON. */
export function exampleText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value)).slice(0, 80);
}

/** Every node of the tree, depth first. */
export function allNodes(nodes: ExampleNode[]): ExampleNode[] {
  return nodes.flatMap((node) => [node, ...allNodes(node.children ?? [])]);
}

/**
 * The rows a person sees: children of expanded branches only and, with `shown`, only those nodes
 * (a search's matches and their ancestors).
 */
export function visibleRows(
  nodes: ExampleNode[],
  expanded: ReadonlySet<string>,
  shown?: ReadonlySet<string>,
  level = 1,
): TreeRow[] {
  const kept = shown ? nodes.filter((node) => shown.has(node.id)) : nodes;
  return kept.flatMap((node, index) => {
    const row = { node, level, setSize: kept.length, posInSet: index + 1 };
    const open = node.children && expanded.has(node.id);
    return open ? [row, ...visibleRows(node.children ?? [], expanded, shown, level + 1)] : [row];
  });
}

/** The leaves whose key or JSONPath contains `query` (any case); `undefined` for a blank query. */
export function matchingLeaves(nodes: ExampleNode[], query: string): ExampleNode[] | undefined {
  const needle = query.trim().toLowerCase();
  if (!needle) return undefined;
  return nodes.filter((node) => !node.children && `${node.label} ${node.id}`.toLowerCase().includes(needle));
}
