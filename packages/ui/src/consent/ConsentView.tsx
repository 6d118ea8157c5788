import type { Connection } from '@integrations-kit/client';
import { useConsent, useUpdateConsent, useVaultClient } from '@integrations-kit/hooks';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { getConsentNeed } from '../connection/getConsentNeed.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { describeError } from '../errors/describeError.js';
import type { ConsentMessages } from '../i18n/consentMessages.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { Progress, Spinner } from '../primitives/Progress.js';
import { RetryAlert } from '../primitives/RetryAlert.js';
import { useFocusOnRecovery } from '../primitives/useFocusOnRecovery.js';
import { useHeldError } from '../primitives/useHeldError.js';
import { ConsentHistory } from './ConsentHistory.js';
import { ConsentScopes } from './ConsentScopes.js';

/** Props of `ConsentView`. */
export interface ConsentViewProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  connection: Connection;
  /** The time the history is told from (epoch ms); now when left out. */
  now?: number;
}

/** A decision the person can make. */
type Choice = 'grant' | 'deny' | 'revoke';

// The choices offered for each consent need, the first one the primary action.
const CHOICES: Record<ReturnType<typeof getConsentNeed>, Choice[]> = {
  ask: ['grant', 'deny'],
  refused: ['grant'],
  given: ['revoke'],
  none: [],
};

function summaryOf(connection: Connection, name: string, m: ConsentMessages['summary']): string | null {
  switch (connection.consent_state === 'requires_reconsent' ? 'reconsent' : getConsentNeed(connection)) {
    case 'reconsent':
      return m.reconsent(name);
    case 'ask':
      return m.ask(name);
    case 'refused':
      return connection.consent_state === 'revoked' ? m.revoked(name) : m.denied(name);
    case 'given':
      return m.given(name);
    default:
      return null;
  }
}

/**
 * A connection's data-scope consent: what the app asks to read and write (or "All data"), Grant
 * and Deny while Vault waits for a decision, Grant again after a refusal, Revoke once granted, and
 * the history of decisions. A decision that fails stays on screen with the reason and Try again.
 *
 * @example <ConsentView connection={connection} />
 */
export function ConsentView({ connection, now, className, ...props }: ConsentViewProps) {
  const messages = useMessages();
  const m = messages.consent;
  const name = getDisplayName(connection);
  const ref = { unifiedApi: connection.unified_api ?? '', serviceId: connection.service_id ?? '' };
  const history = useConsent(ref);
  const { consumerId } = useVaultClient();
  const update = useUpdateConsent();
  const [choice, setChoice] = useState<Choice | null>(null);
  const need = getConsentNeed(connection);
  const resources = connection.application_data_scopes?.resources ?? '*';
  const busy = update.isPending;
  // Whether the decision being sent is the last one again (its Try again or its own button): only
  // then does its failure stay on screen while it runs; another choice clears it.
  const [again, setAgain] = useState(false);
  const failedError = useHeldError(update.error, busy && again);
  const failure = failedError === null ? null : describeError(failedError, messages.dialog.errors);
  const saving = busy ? choice : null;
  // A decision replaces the button that was pressed (or the alert whose Try again sent it): focus
  // moves to the new first choice, or to the history's heading when none is left, not to the page.
  const { ref: viewRef, arm: armFocus } = useFocusOnRecovery<HTMLDivElement>(update.isSuccess, need);

  const decide = (next: Choice) => {
    // Buttons stay focusable while a decision is sent (aria-disabled), so a press meanwhile does nothing.
    if (busy) return;
    armFocus('[data-choice]', 'h4');
    setAgain(next === choice);
    setChoice(next);
    update.mutate({ ...ref, consent: { granted: next === 'grant', resources } });
  };

  return (
    <div
      ref={viewRef}
      data-slot="consent-view"
      data-consent={need}
      data-consent-state={connection.consent_state}
      className={cn('ik:flex ik:flex-col ik:gap-4', className)}
      {...props}
    >
      <p role="status" className="ik:text-sm">
        {summaryOf(connection, name, m.summary)}
      </p>
      <ConsentScopes resources={resources} />
      <div className="ik:flex ik:flex-wrap ik:items-center ik:gap-2">
        {CHOICES[need].map((option, index) => (
          <button
            key={option}
            type="button"
            data-choice={option}
            data-chosen={option === choice ? '' : undefined}
            className={buttonClassName(index === 0 && option !== 'revoke' ? 'primary' : 'secondary')}
            aria-disabled={busy || undefined}
            aria-busy={saving === option && !failure ? 'true' : undefined}
            onClick={() => decide(option)}
          >
            {saving === option && !failure ? <Spinner /> : null}
            {saving === option && !failure ? m.saving : m[option]}
          </button>
        ))}
      </div>
      {failure && choice ? (
        <RetryAlert busy={busy} busyLabel={m.saving} onRetry={failure.retryable ? () => decide(choice) : undefined}>
          {m.notSaved(m[choice], failure.message)}
        </RetryAlert>
      ) : null}
      <section className="ik:flex ik:flex-col ik:gap-2" aria-label={m.history}>
        <h4 tabIndex={-1} className="ik:text-sm ik:font-semibold ik:text-fg">
          {m.history}
        </h4>
        {history.isPending ? <Progress>{m.loading}</Progress> : null}
        {history.isError ? <p className="ik:text-sm ik:text-fg-muted">{m.historyFailed}</p> : null}
        {history.data ? <ConsentHistory records={history.data} who={consumerId} now={now} /> : null}
      </section>
    </div>
  );
}
