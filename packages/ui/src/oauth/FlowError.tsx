import type { ReactNode } from 'react';

/** Why an authorize or revoke flow did not finish, announced at once. */
export function FlowError({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="ik:text-sm ik:text-danger">
      {children}
    </p>
  );
}
