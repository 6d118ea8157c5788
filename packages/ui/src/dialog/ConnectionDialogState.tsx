import type { useConnection } from '@integrations-kit/hooks';
import { useMessages } from '../i18n/useMessages.js';
import { Progress } from '../primitives/Progress.js';
import { ActionAlert } from './ActionAlert.js';
import { describeError } from '../errors/describeError.js';

/** The dialog body while the connection loads, or why it could not be loaded (with retry). */
export function ConnectionDialogState({ query }: { query: ReturnType<typeof useConnection> }) {
  const messages = useMessages().dialog;
  if (!query.isError) return <Progress>{messages.loading}</Progress>;
  const { message, retryable } = describeError(query.error, messages.errors);
  const retry = retryable ? () => void query.refetch() : undefined;
  return <ActionAlert failure={{ title: messages.loadFailed, message, retry }} retryLabel={messages.retry} />;
}
