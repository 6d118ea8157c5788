// Hex, rgb()/hsl() and friends, or a colour keyword: what a theme's colour may look like where the
// browser cannot be asked (server rendering, test DOMs without CSS.supports).
const colorShape =
  /^(#[0-9a-f]{3,4}|#[0-9a-f]{6}|#[0-9a-f]{8}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([\d\s.,%/+-]+\)|[a-z]+)$/i;

/**
 * Whether `value` is a CSS colour, checked before it becomes a custom property: the browser's own
 * `CSS.supports('color', …)` where it has one, else the plain shape of a colour. Anything else
 * (`url(…)`, `var(…)`, several declarations) is not a colour and never reaches the page.
 */
export function isCssColor(value: string): boolean {
  const trimmed = value.trim();
  if (!colorShape.test(trimmed)) return false;
  if (typeof CSS !== 'undefined' && typeof CSS.supports === 'function') return CSS.supports('color', trimmed);
  return true;
}
