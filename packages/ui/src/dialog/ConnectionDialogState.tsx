import type { Connection } from '@integrations-kit/client';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMessages } from '../i18n/useMessages.js';
import { Progress } from '../oauth/Spinner.js';
import { ActionAlert } from './ActionAlert.js';
import { describeError } from './describeError.js';

/** The dialog body while the connection loads, or why it could not be loaded (with retry). */
export function ConnectionDialogState({ query }: { query: UseQueryResult<Connection> }) {
  const messages = useMessages().dialog;
  if (!query.isError) return <Progress>{messages.loading}</Progress>;
  const { message, retryable } = describeError(query.error, messages.errors);
  const retry = retryable ? () => void query.refetch() : undefined;
  return <ActionAlert failure={{ title: messages.loadFailed, message, retry }} retryLabel={messages.retry} />;
}
