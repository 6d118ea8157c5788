// A Next.js App Router host: server components import the kit's entries directly, so `next build`
// fails if an entry that needs the browser lacks its "use client" marker.
import '@integrations-kit/ui/styles.css';
import type { ReactNode } from 'react';

export const metadata = { title: 'Integrations Kit in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
