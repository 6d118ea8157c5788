/**
 * The text colour that reads on a session's accent: white or near-black, whichever has the higher
 * WCAG contrast ratio with it. Colours that are not `#rgb` / `#rrggbb` get white.
 */
export function getReadableForeground(accent: string): '#ffffff' | '#111111' {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(accent.trim())?.[1];
  if (!hex) return '#ffffff';
  const full = hex.length === 3 ? [...hex].map((digit) => digit + digit).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((start) => {
    const channel = parseInt(full.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const onWhite = 1.05 / (luminance + 0.05);
  const onDark = (luminance + 0.05) / (0.0056 + 0.05);
  return onWhite >= onDark ? '#ffffff' : '#111111';
}
