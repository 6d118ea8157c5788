import { SafeMarkdown } from '../fields/SafeMarkdown.js';

/** A block of a guide: a heading, a paragraph or a list; its text is inline safe markdown. */
type Block =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] };

const heading = /^#{1,6}\s+(.*)$/;
const bullet = /^[-*+]\s+(.*)$/;
const numbered = /^\d+[.)]\s+(.*)$/;

/**
 * Splits a guide into headings, paragraphs and lists, line by line (linear in its length). The
 * inline text goes through the kit's safe markdown: raw HTML stays literal text and a link keeps
 * its href only when it is a safe https URL.
 */
function parseBlocks(source: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of source.split(/\r?\n/)) {
    const line = raw.trim();
    const last = blocks.at(-1);
    const title = heading.exec(line)?.[1];
    const item = bullet.exec(line)?.[1];
    const step = numbered.exec(line)?.[1];
    if (!line) blocks.push({ kind: 'paragraph', text: '' });
    else if (title !== undefined) blocks.push({ kind: 'heading', text: title });
    else if (item !== undefined || step !== undefined) {
      const ordered = step !== undefined;
      const text = step ?? item ?? '';
      if (last?.kind === 'list' && last.ordered === ordered) last.items.push(text);
      else blocks.push({ kind: 'list', ordered, items: [text] });
    } else if (last?.kind === 'paragraph' && last.text) last.text += ` ${line}`;
    else blocks.push({ kind: 'paragraph', text: line });
  }
  return blocks.filter((block) => block.kind !== 'paragraph' || block.text);
}

/** A consumer guide's markdown as headings, paragraphs and lists, never as HTML; `links={false}` keeps link text only. */
export function GuideMarkdown({ markdown, links }: { markdown: string; links?: boolean | undefined }) {
  return (
    <>
      {parseBlocks(markdown).map((block, index) => {
        if (block.kind === 'heading')
          return (
            <h4 key={index} className="ik:font-semibold ik:text-fg">
              <SafeMarkdown text={block.text} links={links} />
            </h4>
          );
        if (block.kind === 'paragraph')
          return (
            <p key={index}>
              <SafeMarkdown text={block.text} links={links} />
            </p>
          );
        const List = block.ordered ? 'ol' : 'ul';
        return (
          <List key={index} className={block.ordered ? 'ik:list-decimal ik:ps-5' : 'ik:list-disc ik:ps-5'}>
            {block.items.map((text, item) => (
              <li key={item}>
                <SafeMarkdown text={text} links={links} />
              </li>
            ))}
          </List>
        );
      })}
    </>
  );
}
