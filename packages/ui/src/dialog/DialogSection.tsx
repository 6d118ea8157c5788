import { useId, type ReactNode } from 'react';
import type { IntegrationView } from '../events/IntegrationEvent.js';

/**
 * A titled section of the dialog (Settings, Resources, About), labelled by its heading. A section
 * a deep link can open on names its `view`; its heading takes focus then (`tabIndex={-1}`).
 */
export function DialogSection({
  title,
  view,
  children,
}: {
  title: string;
  view?: IntegrationView;
  children: ReactNode;
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-view={view} className="ik:flex ik:flex-col ik:gap-3">
      <h3 id={headingId} tabIndex={view ? -1 : undefined} className="ik:text-sm ik:font-semibold ik:text-fg">
        {title}
      </h3>
      {children}
    </section>
  );
}
