import type { Connection } from '@integrations-kit/client';
import { getConsumerGuideUrl } from '../connection/getConsumerGuideUrl.js';
import { useFormMessages } from '../i18n/useFormMessages.js';

/** What the last save attempt came to. */
export type SaveOutcomeState =
  /** `connection` is given when the save could change whether it works (its settings). */
  | { kind: 'saved'; connection?: Connection }
  | { kind: 'unchanged' }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: string };

/**
 * The line under a settings form after Save: success (and, where the connector validates
 * settings, whether the connection works now, with its guide), or what went wrong.
 */
export function SaveOutcome({
  outcome,
  hideGuideLink,
}: {
  outcome: SaveOutcomeState | null;
  /** Leave out the guide link (`hide_guides`, or isolation mode keeping the person on the page). */
  hideGuideLink?: boolean | undefined;
}) {
  const messages = useFormMessages();
  if (outcome === null) return <div role="status" data-slot="save-outcome" />;
  if (outcome.kind === 'failed' || outcome.kind === 'invalid') {
    return (
      <div role="alert" data-slot="save-outcome" data-outcome={outcome.kind} className="ik:text-sm ik:text-danger">
        {outcome.kind === 'failed' ? (
          <>
            <p className="ik:font-medium">{messages.saveFailed}</p>
            <p>{outcome.message}</p>
          </>
        ) : (
          <p>{messages.fixErrors}</p>
        )}
      </div>
    );
  }
  if (outcome.kind === 'unchanged') {
    return (
      <div role="status" data-slot="save-outcome" data-outcome="unchanged" className="ik:text-sm ik:text-fg-muted">
        {messages.noChanges}
      </div>
    );
  }
  const { connection } = outcome;
  const validated = connection?.validation_support === true;
  const works = connection?.state !== 'invalid';
  let validation: 'valid' | 'invalid' | undefined;
  if (validated) validation = works ? 'valid' : 'invalid';
  return (
    <div
      role="status"
      data-slot="save-outcome"
      data-outcome="saved"
      data-validation={validation}
      className="ik:flex ik:flex-col ik:gap-1 ik:text-sm ik:text-fg ik:data-[validation=invalid]:text-danger"
    >
      <p>{messages.saved}</p>
      {validated && <p>{works ? messages.connectionWorks : messages.connectionInvalid}</p>}
      {validated && !hideGuideLink && connection?.has_guide && connection.service_id && (
        <a
          href={getConsumerGuideUrl(connection.service_id)}
          target="_blank"
          rel="noopener noreferrer"
          className="ik:text-accent ik:underline"
        >
          {messages.guideLink}
        </a>
      )}
    </div>
  );
}
