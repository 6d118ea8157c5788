/** A node of the markdown subset descriptions may use. */
export type MarkdownNode =
  | { kind: 'text'; text: string }
  | { kind: 'strong' | 'em'; children: MarkdownNode[] }
  | { kind: 'code'; text: string }
  | { kind: 'link'; href: string; children: MarkdownNode[] };

// Order matters: `**` before `*`; `_` only at word edges so snake_case ids stay plain text.
// A link's text holds no `[` and its target no `[`, `(` or `)`: each attempt then stops at the next
// bracket, so a run of unclosed `[` or `[a](b` costs linear time (it was quadratic: 40,000 `[`
// took 0.7 s per parse).
const token =
  /\*\*(.+?)\*\*|`([^`]+)`|\[([^[\]]+)\]\(([^()[\]\s]+)\)|\*([^*\s][^*]*?)\*|(?<![\w])_([^_\s][^_]*?)_(?![\w])/g;

/**
 * Parses bold, italic, inline code and links out of a description. Everything else, HTML
 * included, stays literal text: the result is rendered as React elements, never as HTML.
 * Links are returned with their raw href; the renderer decides whether the URL is safe.
 */
export function parseSafeMarkdown(source: string): MarkdownNode[] {
  const nodes: MarkdownNode[] = [];
  let last = 0;
  for (const match of source.matchAll(token)) {
    const index = match.index;
    if (index > last) nodes.push({ kind: 'text', text: source.slice(last, index) });
    const [, strong, code, linkText, href, em, underscoreEm] = match;
    if (strong !== undefined) nodes.push({ kind: 'strong', children: parseSafeMarkdown(strong) });
    else if (code !== undefined) nodes.push({ kind: 'code', text: code });
    else if (linkText !== undefined && href !== undefined) {
      nodes.push({ kind: 'link', href, children: parseSafeMarkdown(linkText) });
    } else nodes.push({ kind: 'em', children: parseSafeMarkdown(em ?? underscoreEm ?? '') });
    last = index + match[0].length;
  }
  if (last < source.length) nodes.push({ kind: 'text', text: source.slice(last) });
  return nodes;
}
