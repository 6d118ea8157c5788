import type { UseRevokeResult } from '@integrations-kit/hooks';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { useMessages } from '../i18n/useMessages.js';
import { describeFlowError } from '../errors/describeFlowError.js';
import { Progress } from '../primitives/Progress.js';

/** Where a revoke flow stands, in words: waiting (with Cancel), popup blocked, or why it failed. */
export function RevokeStatus({ flow, name }: { flow: UseRevokeResult; name: string }) {
  const messages = useMessages();
  const m = messages.oauth.revoke;
  if (flow.status === 'pending') {
    return (
      <Progress>
        <span>{m.pending(name)}</span>
        <button type="button" className={buttonClassName('secondary')} onClick={flow.cancel}>
          {m.cancel}
        </button>
      </Progress>
    );
  }
  if (flow.status === 'blocked') {
    return (
      <p role="alert" className="ik:text-sm ik:text-danger">
        {m.blocked(name)}
      </p>
    );
  }
  if (flow.status === 'error' && flow.error) {
    return (
      <p role="alert" className="ik:text-sm ik:text-danger">
        {m.failed(name)}: {describeFlowError(flow.error, name, messages)}
      </p>
    );
  }
  return null;
}
