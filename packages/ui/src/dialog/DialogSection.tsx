import { useId, type ReactNode } from 'react';

/** A titled section of the dialog (Settings, Resources, About), labelled by its heading. */
export function DialogSection({ title, children }: { title: string; children: ReactNode }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="ik:flex ik:flex-col ik:gap-3">
      <h3 id={headingId} className="ik:text-sm ik:font-semibold ik:text-fg">
        {title}
      </h3>
      {children}
    </section>
  );
}
