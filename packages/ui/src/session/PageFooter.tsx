import type { ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';

/** Props of {@link PageFooter}. */
export interface PageFooterProps extends ComponentPropsWithoutRef<'nav'> {
  /** Already checked as safe (`resolvePageSettings` does). */
  privacyUrl?: string | undefined;
  termsUrl?: string | undefined;
}

const linkClassName =
  'ik:text-fg-muted ik:underline ik:underline-offset-2 ik:focus-visible:outline-2 ik:focus-visible:outline-ring';

/** The page's privacy and terms links (the session theme's `privacy_url`, `terms_url`); nothing without either. */
export function PageFooter({ privacyUrl, termsUrl, className, ...props }: PageFooterProps) {
  const m = useMessages().session;
  const links = [
    { href: privacyUrl, label: m.privacy },
    { href: termsUrl, label: m.terms },
  ].filter((link): link is { href: string; label: string } => Boolean(link.href));
  if (links.length === 0) return null;
  return (
    <nav
      data-slot="page-footer"
      aria-label={m.legal}
      className={cn('ik:flex ik:flex-wrap ik:gap-4 ik:text-xs', className)}
      {...props}
    >
      {links.map((link) => (
        <a key={link.label} href={link.href} target="_blank" rel="noopener noreferrer" className={linkClassName}>
          {link.label}
          <span className="ik:sr-only"> {m.newTab}</span>
        </a>
      ))}
    </nav>
  );
}
