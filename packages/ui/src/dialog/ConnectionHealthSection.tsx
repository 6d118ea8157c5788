import type { Connection } from '@integrations-kit/client';
import { LazyHealthTimeline } from '../health/LazyHealthTimeline.js';
import { useMessages } from '../i18n/useMessages.js';
import { LazyBoundary } from '../primitives/LazyBoundary.js';
import { Progress } from '../primitives/Progress.js';
import { DialogSection as Section } from './DialogSection.js';
import type { useConnectionActions } from './useConnectionActions.js';

/** Props of {@link ConnectionHealthSection}. */
export interface ConnectionHealthSectionProps {
  connection: Connection;
  actions: Pick<ReturnType<typeof useConnectionActions>, 'authorizeFlow' | 'test' | 'testing' | 'passed'>;
}

/**
 * The dialog's Health section: the timeline (its own lazily loaded chunk) with Reconnect, which
 * re-runs the dialog's authorize flow in place so the settings stay, and the outcome of "Test connection".
 */
export function ConnectionHealthSection({ connection, actions }: ConnectionHealthSectionProps) {
  const messages = useMessages();
  const { authorizeFlow } = actions;
  return (
    <Section title={messages.health.title} view="health">
      <LazyBoundary retry={LazyHealthTimeline.retry}>
        <LazyHealthTimeline
          connection={connection}
          onReconnect={authorizeFlow.authorize}
          reconnecting={authorizeFlow.status === 'pending'}
          onTest={actions.test}
          testing={actions.testing}
        />
      </LazyBoundary>
      {actions.testing ? <Progress>{messages.health.testing}</Progress> : null}
      {actions.passed ? (
        <p role="status" className="ik:text-sm ik:text-success">
          {actions.passed}
        </p>
      ) : null}
    </Section>
  );
}
