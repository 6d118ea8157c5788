import { isSafeUrl } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef } from 'react';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { ExternalLink } from '../primitives/ExternalLink.js';
import { GuideMarkdown } from './GuideMarkdown.js';

/** Where the guide's text stands: being read, read, or not readable here. */
export type ConnectorGuideStatus = 'loading' | 'loaded' | 'failed';

/** Props of {@link ConnectorGuide}. */
export interface ConnectorGuideProps extends ComponentPropsWithoutRef<'div'> {
  status: ConnectorGuideStatus;
  /** The guide's markdown (when `loaded`); rendered as safe markdown, never as HTML. */
  markdown?: string | undefined;
  /** The doc's own URL, linked when the text cannot be shown (https only). */
  url?: string | undefined;
  /** The connection's display name. */
  name: string;
  /** Leave out the fallback link and show the guide's links as text (the session's `isolation_mode`). */
  hideLinks?: boolean | undefined;
}

/**
 * A connector's consumer connection guide, inline: its markdown once loaded, a line while it
 * loads, and the doc's link when it could not be read (the fetch failed or the Connector API
 * refused the session).
 *
 * @example <ConnectorGuide status="loaded" markdown={guide} name="BambooHR" />
 */
export function ConnectorGuide({ status, markdown, url, name, hideLinks, className, ...props }: ConnectorGuideProps) {
  const m = useMessages().capabilities;
  const link = url && isSafeUrl(url) && !hideLinks ? url : undefined;
  if (status === 'failed' && !link) return null;
  return (
    <div
      data-slot="connector-guide"
      data-status={status}
      role="group"
      aria-label={m.guide}
      aria-busy={status === 'loading' || undefined}
      className={cn('ik:flex ik:flex-col ik:gap-2 ik:text-sm ik:text-fg', className)}
      {...props}
    >
      {status === 'loaded' ? <GuideMarkdown markdown={markdown ?? ''} links={!hideLinks} /> : null}
      {status === 'loading' ? <p className="ik:text-fg-muted">{m.guideLoading}</p> : null}
      {status === 'failed' && link ? (
        <p>
          <span className="ik:text-fg-muted">{m.guideFailed} </span>
          <ExternalLink href={link} newTab={m.newTab}>
            {m.guideLink(name)}
          </ExternalLink>
        </p>
      ) : null}
    </div>
  );
}
