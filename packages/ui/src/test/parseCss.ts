/** One style rule of a stylesheet, with the at-rules around it (outermost first). */
export interface CssRule {
  selectors: string[];
  declarations: Array<{ property: string; value: string; important: boolean }>;
  /** Preludes of the enclosing at-rules, e.g. `['@layer utilities', '@media (hover:hover)']`. */
  context: string[];
}

/** A block at-rule's own body (`@property`, `@keyframes` steps are returned as rules inside it). */
export interface CssAtRule {
  prelude: string;
  context: string[];
}

/**
 * A small CSS reader for tests of the compiled stylesheet: flat rules with their selectors,
 * declarations and enclosing at-rules. Handles escapes (`.ik\:w-\[1\,2\]`), strings and
 * parentheses; enough for Tailwind's output, not a general parser.
 */
export function parseCss(css: string): { rules: CssRule[]; atRules: CssAtRule[]; statements: string[] } {
  const rules: CssRule[] = [];
  const atRules: CssAtRule[] = [];
  const statements: string[] = [];
  const stack: string[] = [];
  let buffer = '';

  for (const { text, structural } of scan(css.replace(/\/\*[\s\S]*?\*\//g, ''))) {
    if (structural === '{') {
      const prelude = buffer.trim();
      if (prelude.startsWith('@')) atRules.push({ prelude, context: [...stack] });
      stack.push(prelude);
      buffer = '';
    } else if (structural === '}') {
      const prelude = stack.pop() ?? '';
      if (!prelude.startsWith('@') || isDeclarationAtRule(prelude)) {
        rules.push({
          selectors: splitTopLevel(prelude, ','),
          declarations: parseDeclarations(buffer),
          context: [...stack],
        });
      }
      buffer = '';
    } else if (structural === ';' && buffer.trim().startsWith('@')) {
      statements.push(buffer.trim());
      buffer = '';
    } else {
      buffer += text;
    }
  }
  return { rules, atRules, statements };
}

/**
 * Walks CSS text in pieces: an escape (`\\:`) or quoted character is plain text; `{ } ; ,` at
 * nesting depth 0 (outside parentheses and brackets) are reported as structural.
 */
function* scan(source: string): Generator<{ text: string; structural?: string }> {
  let depth = 0;
  let quote: string | null = null;
  for (let index = 0; index < source.length; index += 1) {
    const char = source.charAt(index);
    if (char === '\\') {
      yield { text: char + source.charAt(index + 1) };
      index += 1;
    } else if (quote) {
      if (char === quote) quote = null;
      yield { text: char };
    } else {
      if (char === '"' || char === "'") quote = char;
      else if (char === '(' || char === '[') depth += 1;
      else if (char === ')' || char === ']') depth -= 1;
      yield { text: char, structural: depth === 0 && '{};,'.includes(char) ? char : undefined };
    }
  }
}

function isDeclarationAtRule(prelude: string): boolean {
  return prelude.startsWith('@property') || prelude.startsWith('@font-face');
}

function parseDeclarations(body: string): CssRule['declarations'] {
  return splitTopLevel(body, ';').flatMap((declaration) => {
    const colon = declaration.indexOf(':');
    if (colon === -1) return [];
    const raw = declaration.slice(colon + 1).trim();
    const important = /!important\s*$/.test(raw);
    return [{ property: declaration.slice(0, colon).trim(), value: raw.replace(/\s*!important\s*$/, ''), important }];
  });
}

/** Splits at `separator` (`,` or `;`) outside parentheses, brackets, strings and escapes. */
export function splitTopLevel(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (const piece of scan(text)) {
    if (piece.structural === separator) {
      if (current.trim()) parts.push(current.trim());
      current = '';
    } else {
      current += piece.text;
    }
  }
  if (current.trim()) parts.push(current.trim());
  return parts;
}
