import type { UseRevokeResult } from '@integrations-kit/hooks';
import { Button } from '../dialog/Button.js';
import { useMessages } from '../i18n/useMessages.js';
import { describeFlowError } from './describeFlowError.js';
import { FlowError } from './FlowError.js';
import { Progress } from './Spinner.js';

/** Where a revoke flow stands, in words: waiting (with Cancel), popup blocked, or why it failed. */
export function RevokeStatus({ flow, name }: { flow: UseRevokeResult; name: string }) {
  const messages = useMessages();
  const m = messages.oauth.revoke;
  if (flow.status === 'pending') {
    return (
      <Progress>
        <span>{m.pending(name)}</span>
        <Button onClick={flow.cancel}>{m.cancel}</Button>
      </Progress>
    );
  }
  if (flow.status === 'blocked') return <FlowError>{m.blocked(name)}</FlowError>;
  if (flow.status === 'error' && flow.error) {
    return (
      <FlowError>
        {m.failed(name)}: {describeFlowError(flow.error, name, messages)}
      </FlowError>
    );
  }
  return null;
}
