import type { ReactNode } from 'react';

/** The title block every Acme settings page starts with. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <header className="acme-page-header">
      <h1>{title}</h1>
      {children ? <p className="acme-muted">{children}</p> : null}
    </header>
  );
}
