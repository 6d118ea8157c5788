import { useConnections } from '@integrations-kit/hooks';
import { PageHeader } from '../layout/PageHeader.js';
import { hostMessages } from '../preferences/hostMessages.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { ConnectionRow } from './ConnectionRow.js';

/**
 * An integrations list made only from `@integrations-kit/hooks` and plain markup: what a team with
 * its own design system would write instead of using `@integrations-kit/ui`.
 */
export function BuildYourOwnPage() {
  const t = hostMessages(usePreferences().locale);
  const { data: connections, isPending, error, refetch } = useConnections();

  return (
    <>
      <PageHeader title={t.buildYourOwn}>{t.buildYourOwnIntro}</PageHeader>
      <section className="acme-card" aria-busy={isPending}>
        {isPending ? <p>Loading connections…</p> : null}
        {error ? (
          <div role="alert">
            <p>Could not load connections: {error.message}</p>
            <button type="button" className="acme-button" onClick={() => void refetch()}>
              Try again
            </button>
          </div>
        ) : null}
        {connections?.length === 0 ? <p>No integrations are enabled for this app.</p> : null}
        {connections && connections.length > 0 ? (
          <ul className="byo-list">
            {connections.map((connection) => (
              <ConnectionRow
                key={connection.id ?? `${connection.unified_api}:${connection.service_id}`}
                connection={connection}
              />
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
