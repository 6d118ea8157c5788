import { DataTable } from '../layout/DataTable.js';
import { PageHeader } from '../layout/PageHeader.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { hostMessages } from '../preferences/hostMessages.js';

const INVOICES = [
  { id: 'INV-2041', date: '2025-10-01', amount: '€49.00' },
  { id: 'INV-1987', date: '2025-09-01', amount: '€49.00' },
  { id: 'INV-1932', date: '2025-08-01', amount: '€49.00' },
];

/** Acme's billing page (static demo content). */
export function BillingPage() {
  const t = hostMessages(usePreferences().locale);
  return (
    <>
      <PageHeader title={t.billing} />
      <section className="acme-card acme-plan">
        <div>
          <h2>Growth plan</h2>
          <p className="acme-muted">€49 per month · 10 seats · renews 1 December</p>
        </div>
        <button type="button" className="acme-button acme-button-secondary">
          Change plan
        </button>
      </section>
      <DataTable columns={{ id: 'Invoice', date: 'Date', amount: 'Amount' }} rows={INVOICES} rowKey="id" />
    </>
  );
}
