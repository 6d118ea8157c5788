import { isSafeUrl } from '@integrations-kit/client';
import type { ReactNode } from 'react';
import { parseSafeMarkdown, type MarkdownNode } from './parseSafeMarkdown.js';

function renderNodes(nodes: MarkdownNode[]): ReactNode[] {
  return nodes.map((node, index) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'strong':
        return <strong key={index}>{renderNodes(node.children)}</strong>;
      case 'em':
        return <em key={index}>{renderNodes(node.children)}</em>;
      case 'code':
        return (
          <code key={index} className="ik:rounded-control ik:bg-surface ik:px-1 ik:font-mono">
            {node.text}
          </code>
        );
      case 'link':
        // An unsafe URL (javascript:, data:, plain http) keeps its text but loses the link.
        return isSafeUrl(node.href) ? (
          <a
            key={index}
            href={node.href}
            target="_blank"
            rel="noopener noreferrer"
            className="ik:text-accent ik:underline"
          >
            {renderNodes(node.children)}
          </a>
        ) : (
          <span key={index}>{renderNodes(node.children)}</span>
        );
    }
  });
}

/** Renders a description in the safe markdown subset (bold, italic, code, https links) as React elements. */
export function SafeMarkdown({ text }: { text: string }) {
  return <>{renderNodes(parseSafeMarkdown(text))}</>;
}
