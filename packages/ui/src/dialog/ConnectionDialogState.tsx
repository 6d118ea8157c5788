import type { Connection } from '@integrations-kit/client';
import type { UseQueryResult } from '@tanstack/react-query';
import { useMessages } from '../i18n/useMessages.js';
import { Spinner } from '../oauth/AuthorizeControl.js';
import { buttonClassName } from './buttonClassName.js';
import { describeError } from './describeError.js';

/** The dialog body while the connection loads, or why it could not be loaded (with retry). */
export function ConnectionDialogState({ query }: { query: UseQueryResult<Connection> }) {
  const messages = useMessages().dialog;
  if (query.isError) {
    const described = describeError(query.error, messages.errors);
    return (
      <div role="alert" className="ik:flex ik:flex-col ik:items-start ik:gap-3 ik:text-sm">
        <p className="ik:font-medium ik:text-danger">{messages.loadFailed}</p>
        <p>{described.message}</p>
        {described.retryable ? (
          <button type="button" className={buttonClassName('secondary')} onClick={() => void query.refetch()}>
            {messages.retry}
          </button>
        ) : null}
      </div>
    );
  }
  return (
    <p role="status" className="ik:flex ik:items-center ik:gap-2 ik:text-sm ik:text-fg-muted">
      <Spinner />
      {messages.loading}
    </p>
  );
}
