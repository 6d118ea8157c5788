import type { Connection } from '@integrations-kit/client';
import { useRevoke } from '@integrations-kit/hooks';
import { useState, type ComponentPropsWithoutRef } from 'react';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { ConfirmDialog } from '../primitives/ConfirmDialog.js';
import { useMessages } from '../i18n/useMessages.js';
import { cn } from '../lib/cn.js';
import { getDisplayName } from '../connection/getDisplayName.js';
import { RevokeStatus } from './RevokeStatus.js';
import { useFlowToast } from './useFlowToast.js';

/** Props of `RevokeButton`. */
export interface RevokeButtonProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  connection: Connection;
  /** Your OAuth callback page (it renders `<OAuthCallback />`); only its origin is trusted. */
  redirectUri: string;
  /** Runs once the connection is disconnected (the caches already hold it). */
  onRevoked?: () => void;
}

/**
 * Disconnects an OAuth connection: asks for confirmation, then runs the provider's revoke flow in
 * a popup. The connection goes back to "not authorized"; its settings are kept.
 *
 * @example <RevokeButton connection={connection} redirectUri={`${location.origin}/oauth/callback`} />
 */
export function RevokeButton({ connection, redirectUri, onRevoked, className, ...props }: RevokeButtonProps) {
  const onSuccess = useFlowToast('revoke', connection, () => onRevoked?.());
  const flow = useRevoke(connection, { redirectUri, onSuccess });
  const m = useMessages().oauth.revoke;
  const [confirming, setConfirming] = useState(false);
  const name = getDisplayName(connection);
  return (
    <div
      data-slot="revoke-button"
      data-status={flow.status}
      className={cn('ik:flex ik:flex-col ik:items-start ik:gap-2', className)}
      {...props}
    >
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        trigger={
          <button type="button" className={buttonClassName('secondary')} disabled={flow.status === 'pending'}>
            {m.button}
          </button>
        }
        title={m.title(name)}
        description={m.body(name)}
        confirmLabel={m.confirm(name)}
        cancelLabel={m.cancel}
        onConfirm={() => {
          // In the click itself: the revoke page opens in a popup, which needs the user's gesture.
          flow.revoke();
          setConfirming(false);
        }}
      />
      <RevokeStatus flow={flow} name={name} />
    </div>
  );
}
