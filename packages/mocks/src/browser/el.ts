type StyleName = {
  [K in keyof CSSStyleDeclaration]: CSSStyleDeclaration[K] extends string ? K : never;
}[keyof CSSStyleDeclaration];

/** Inline style properties (camelCase, as on `element.style`). */
export type Style = Partial<Record<Exclude<StyleName, number>, string>>;

/** Attributes and inline style of an element built by `el`. */
export interface ElementOptions {
  attributes?: Record<string, string>;
  style?: Style;
}

/**
 * Builds an element from text nodes and elements only, so nothing (a service id from the URL
 * included) is ever parsed as HTML; styles go through `element.style`, so the page needs no
 * stylesheet and works under a CSP without `unsafe-inline` styles.
 */
export function el(tag: string, options: ElementOptions, ...children: Array<Node | string>): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value);
  Object.assign(element.style, options.style);
  element.append(...children);
  return element;
}
