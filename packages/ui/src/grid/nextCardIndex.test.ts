import { describe, expect, it } from 'vitest';
import { nextCardIndex } from './nextCardIndex.js';

const layout = { count: 10, columns: 3, pageRows: 2, rtl: false };

describe('nextCardIndex', () => {
  it.each([
    ['ArrowRight', 4, 5],
    ['ArrowLeft', 4, 3],
    ['ArrowDown', 4, 7],
    ['ArrowUp', 4, 1],
    ['PageDown', 0, 6],
    ['PageUp', 9, 3],
    ['Home', 7, 0],
    ['End', 2, 9],
  ])('%s from card %i goes to card %i', (key, from, to) => {
    expect(nextCardIndex(key, from, layout)).toBe(to);
  });

  it('stops at the ends of the list: a row down from the last row lands on the last card', () => {
    expect(nextCardIndex('ArrowUp', 1, layout)).toBe(0);
    expect(nextCardIndex('ArrowLeft', 0, layout)).toBe(0);
    expect(nextCardIndex('ArrowDown', 8, layout)).toBe(9);
    expect(nextCardIndex('ArrowRight', 9, layout)).toBe(9);
  });

  it('follows the reading direction in right-to-left layouts', () => {
    expect(nextCardIndex('ArrowLeft', 4, { ...layout, rtl: true })).toBe(5);
    expect(nextCardIndex('ArrowRight', 4, { ...layout, rtl: true })).toBe(3);
  });

  it('leaves other keys, prototype names included, to the browser', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'constructor', '__proto__'])
      expect(nextCardIndex(key, 4, layout)).toBeUndefined();
    expect(nextCardIndex('ArrowDown', 0, { ...layout, count: 0 })).toBeUndefined();
  });
});
