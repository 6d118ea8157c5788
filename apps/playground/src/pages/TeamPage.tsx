import { DataTable } from '../layout/DataTable.js';
import { PageHeader } from '../layout/PageHeader.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { hostMessages } from '../preferences/hostMessages.js';

const MEMBERS = [
  { name: 'Ada Lovelace', email: 'ada@acme.example', role: 'Admin' },
  { name: 'Grace Hopper', email: 'grace@acme.example', role: 'Member' },
  { name: 'Alan Turing', email: 'alan@acme.example', role: 'Member' },
];

/** Acme's team page (static demo content). */
export function TeamPage() {
  const t = hostMessages(usePreferences().locale);
  return (
    <>
      <PageHeader title={t.team} />
      <DataTable columns={{ name: 'Name', email: 'Email', role: 'Role' }} rows={MEMBERS} rowKey="email" />
    </>
  );
}
