import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from '../lib/cn.js';

/** Props of {@link ExternalLink}. */
export interface ExternalLinkProps extends Omit<ComponentPropsWithoutRef<'a'>, 'target' | 'rel'> {
  href: string;
  /** The catalog's "(opens in a new tab)", read to screen readers after the text. */
  newTab: string;
  children: ReactNode;
}

/**
 * A link that opens in a new tab without handing the page to it (`noopener noreferrer`) and says
 * so to screen readers. The caller checks the URL first (`isSafeUrl`).
 */
export function ExternalLink({ href, newTab, className, children, ...props }: ExternalLinkProps) {
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      className={cn('ik:text-accent ik:underline ik:underline-offset-2', className)}
      {...props}
    >
      {children}
      <span className="ik:sr-only"> {newTab}</span>
    </a>
  );
}
