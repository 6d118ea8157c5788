import { describe, expect, it } from 'vitest';
import { allNodes, exampleTree, visibleRows } from './exampleTree.js';

describe('exampleTree', () => {
  it('makes branches of non-empty objects and arrays and leaves of everything else, as text', () => {
    const [a, list, empty, nil, flag] = exampleTree({ a: { b: 1 }, list: ['x'], empty: {}, nil: null, flag: false });
    expect(a).toMatchObject({
      id: '$.a',
      label: 'a',
      ancestors: [],
      children: [{ id: '$.a.b', label: 'b', value: '1', ancestors: ['$.a'] }],
    });
    expect(list?.children?.[0]).toMatchObject({ id: '$.list[0]', label: '[0]', value: 'x' });
    expect([empty?.value, nil?.value, flag?.value]).toEqual(['{}', 'null', 'false']);
  });

  it('keeps hostile keys as keys, with paths that read them', () => {
    const record = JSON.parse('{"__proto__": {"x": 1}, "constructor": 2, "a.b": 3}') as unknown;
    expect(exampleTree(record).map((node) => node.id)).toEqual(['$.__proto__', '$.constructor', "$['a.b']"]);
  });

  it('stops at a bounded depth, showing the rest as one leaf', () => {
    let deep: unknown = 'bottom';
    for (let level = 0; level < 100; level += 1) deep = { d: deep };
    const nodes = allNodes(exampleTree(deep));
    expect(nodes).toHaveLength(24);
    expect(nodes.at(-1)?.value).toMatch(/^\{"d":/);
    expect(nodes.at(-1)?.ancestors).toHaveLength(23);
  });

  it('lists the visible rows with their level and place among visible siblings', () => {
    const roots = exampleTree({ a: { b: 1, c: 2 }, d: 3 });
    expect(visibleRows(roots, new Set()).map((row) => row.node.id)).toEqual(['$.a', '$.d']);
    const rows = visibleRows(roots, new Set(['$.a']), new Set(['$.a', '$.a.c']));
    expect(rows.map(({ node, level, setSize, posInSet }) => [node.id, level, setSize, posInSet])).toEqual([
      ['$.a', 1, 1, 1],
      ['$.a.c', 2, 1, 1],
    ]);
  });
});
