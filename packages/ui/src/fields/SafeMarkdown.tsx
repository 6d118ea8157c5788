import { isSafeUrl } from '@integrations-kit/client';
import type { ReactNode } from 'react';
import { parseSafeMarkdown, type MarkdownNode } from './parseSafeMarkdown.js';

function renderNodes(nodes: MarkdownNode[], links: boolean): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{renderNodes(node.children, links)}</strong>;
      case 'em':
        return <em key={index}>{renderNodes(node.children, links)}</em>;
      case 'code':
        return (
          <code key={index} className="ik:rounded-control ik:bg-surface ik:px-1 ik:font-mono">
            {node.text}
          </code>
        );
      case 'link':
        // An unsafe URL (javascript:, data:, plain http) keeps its text but loses the link, and so
        // does every link where the page may not send the person away (isolation mode).
        return links && isSafeUrl(node.href) ? (
          <a
            key={index}
            href={node.href}
            target="_blank"
            rel="noopener noreferrer"
            className="ik:text-accent ik:underline"
          >
            {renderNodes(node.children, links)}
          </a>
        ) : (
          <span key={index}>{renderNodes(node.children, links)}</span>
        );
    }
  });
}

/**
 * Renders a description in the safe markdown subset (bold, italic, code, https links) as React
 * elements; with `links={false}` a link shows as its text alone.
 */
export function SafeMarkdown({ text, links = true }: { text: string; links?: boolean | undefined }) {
  return <>{renderNodes(parseSafeMarkdown(text), links)}</>;
}
