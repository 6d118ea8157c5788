import type { ReactNode } from 'react';
import { ConsumerCard } from './ConsumerCard.js';
import { PageFooter } from './PageFooter.js';
import type { PageSettings } from './resolvePageSettings.js';
import { SandboxBanner } from './SandboxBanner.js';

/**
 * What the session's settings put around the grid: the sandbox banner, the title (`vault_name`)
 * with the consumer card, and the privacy and terms links. Isolation mode keeps only the banner,
 * the title and the grid: no consumer card and no links away from the page.
 */
export function SessionChrome({ settings, children }: { settings: PageSettings; children: ReactNode }) {
  const { sandboxMode, isolationMode, title } = settings;
  const consumer = isolationMode ? undefined : settings.consumer;
  return (
    <>
      {sandboxMode ? <SandboxBanner /> : null}
      {title || consumer ? (
        <header data-slot="page-header" className="ik:flex ik:flex-wrap ik:items-center ik:justify-between ik:gap-3">
          {title ? <h2 className="ik:text-lg ik:font-semibold ik:text-fg">{title}</h2> : null}
          {consumer ? <ConsumerCard consumer={consumer} /> : null}
        </header>
      ) : null}
      {children}
      {isolationMode ? null : <PageFooter privacyUrl={settings.privacyUrl} termsUrl={settings.termsUrl} />}
    </>
  );
}
