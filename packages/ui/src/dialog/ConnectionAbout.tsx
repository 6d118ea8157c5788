import { isSafeUrl, type Connection } from '@integrations-kit/client';
import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cn } from '../lib/cn.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { ownValue } from '../lib/ownValue.js';
import type { DialogMessages } from '../i18n/dialogMessages.js';
import { getConsumerGuideUrl } from '../connection/getConsumerGuideUrl.js';

/** Props of {@link ConnectionAbout}. */
export interface ConnectionAboutProps extends ComponentPropsWithoutRef<'div'> {
  connection: Connection;
  messages: DialogMessages;
  /** Leave out the setup guide link (the session's `hide_guides`). */
  hideGuide?: boolean | undefined;
  /** Leave out every link away from the page (the session's `isolation_mode`). */
  hideLinks?: boolean | undefined;
}

const linkClassName =
  'ik:text-accent ik:underline ik:underline-offset-2 ik:focus-visible:outline-2 ik:focus-visible:outline-ring';

/** The About section's content: tag line, sign-in method, website and setup guide. */
export function ConnectionAbout({
  connection,
  messages,
  hideGuide,
  hideLinks,
  className,
  ...props
}: ConnectionAboutProps) {
  const { tag_line: tagLine, website, service_id: serviceId, auth_type: authType } = connection;
  const about = messages.about;
  const authTypeLabel = ownValue(about.authTypes, authType);
  return (
    <div data-slot="connection-about" className={cn('ik:flex ik:flex-col ik:gap-3', className)} {...props}>
      {tagLine ? <p className="ik:text-sm ik:text-fg-muted">{tagLine}</p> : null}
      <dl className="ik:grid ik:grid-cols-[auto_1fr] ik:gap-x-4 ik:gap-y-2 ik:text-sm">
        {authTypeLabel ? <Row term={about.authType}>{authTypeLabel}</Row> : null}
        {website && !hideLinks && isSafeUrl(website) ? (
          <Row term={about.website} className="ik:min-w-0 ik:truncate">
            <ExternalLink href={website} newTab={about.newTab}>
              {new URL(website).host}
            </ExternalLink>
          </Row>
        ) : null}
        {connection.has_guide && serviceId && !hideGuide && !hideLinks ? (
          <Row term={about.guide}>
            <ExternalLink href={getConsumerGuideUrl(serviceId)} newTab={about.newTab}>
              {about.guideLink(getDisplayName(connection))}
            </ExternalLink>
          </Row>
        ) : null}
      </dl>
    </div>
  );
}

function Row({ term, className, children }: { term: string; className?: string; children: ReactNode }) {
  return (
    <>
      <dt className="ik:text-fg-muted">{term}</dt>
      <dd className={className}>{children}</dd>
    </>
  );
}

function ExternalLink({ href, newTab, children }: { href: string; newTab: string; children: string }) {
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={linkClassName}>
      {children}
      <span className="ik:sr-only"> {newTab}</span>
    </a>
  );
}
