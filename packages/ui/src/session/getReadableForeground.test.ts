import { describe, expect, it } from 'vitest';
import { getReadableForeground } from './getReadableForeground.js';

describe('getReadableForeground', () => {
  it('picks white on a dark accent and near-black on a light one', () => {
    expect(getReadableForeground('#0f766e')).toBe('#ffffff');
    expect(getReadableForeground('#4F46E5')).toBe('#ffffff');
    expect(getReadableForeground('#fde047')).toBe('#111111');
    expect(getReadableForeground('#fff')).toBe('#111111');
  });

  it('gives white for a colour it cannot read', () => {
    expect(getReadableForeground('rebeccapurple')).toBe('#ffffff');
  });
});
