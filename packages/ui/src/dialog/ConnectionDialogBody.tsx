import type { Connection } from '@integrations-kit/client';
import { useState } from 'react';
import { getHealthFix } from '../connection/getHealthFix.js';
import { useMessages } from '../i18n/useMessages.js';
import { AuthorizeControl } from '../oauth/AuthorizeControl.js';
import { RevokeStatus } from '../oauth/RevokeStatus.js';
import { Progress } from '../primitives/Progress.js';
import { ResourceSettingsForm } from '../resource-settings/ResourceSettingsForm.js';
import { ConnectionSettingsForm } from '../settings-form/ConnectionSettingsForm.js';
import { ActionAlert } from './ActionAlert.js';
import { ActivityLogSection } from './ActivityLogSection.js';
import { buttonClassName } from '../primitives/buttonClassName.js';
import { ConnectionAbout } from './ConnectionAbout.js';
import { ConnectorDetails } from '../capabilities/ConnectorDetails.js';
import { ConsentSection } from './ConsentSection.js';
import { getConsentNeed } from '../connection/getConsentNeed.js';
import { ConnectionHealthSection } from './ConnectionHealthSection.js';
import { DialogSection as Section } from './DialogSection.js';
import { FieldMappingSection } from './FieldMappingSection.js';
import type { useConnectionActions } from './useConnectionActions.js';

/** Props of {@link ConnectionDialogBody}. */
export interface ConnectionDialogBodyProps {
  connection: Connection;
  name: string;
  actions: Pick<
    ReturnType<typeof useConnectionActions>,
    'enable' | 'enabling' | 'failure' | 'authorizeFlow' | 'revokeFlow' | 'setEnabled' | 'test' | 'testing' | 'passed'
  >;
  /** Offer "Enable" on a disabled connection (the host allows the action). */
  canEnable: boolean;
  hideResourceSettings: boolean;
  /** Leave out the link to the connection guide (`hide_guides`). */
  hideGuide?: boolean;
  /** Leave out links that navigate away from the page (`isolation_mode`). */
  hideLinks?: boolean;
  onSaved: (connection: Connection) => void;
  onSettingsDirtyChange: (dirty: boolean) => void;
  onResourcesDirtyChange: (dirty: boolean) => void;
}

/** The dialog's sections: progress and failures, sign-in, Health, Settings, Resources and About. */
export function ConnectionDialogBody(props: ConnectionDialogBodyProps) {
  const { connection, name } = props;
  const { authorizeFlow, revokeFlow, failure } = props.actions;
  const messages = useMessages();
  const m = messages.dialog;
  const added = connection.state !== 'available';
  const unifiedApi = connection.unified_api ?? '';
  const serviceId = connection.service_id ?? '';
  // While the health timeline offers Reconnect, that is the one sign-in button; the control comes
  // back to show the flow's progress, a blocked popup or its failure.
  const reconnectOffered = getHealthFix(connection) === 'reconnect' && authorizeFlow.status === 'idle';
  const showAuthorize =
    added &&
    connection.auth_type === 'oauth2' &&
    (connection.state !== 'callable' || authorizeFlow.status !== 'idle') &&
    !reconnectOffered;
  // A connection waiting for consent opens on it: nothing else moves until the person decides. The
  // order holds for this opening, so a decision never remounts the section under the person's focus.
  const [consentFirst] = useState(() => added && getConsentNeed(connection) === 'ask');
  const showResources = added && !props.hideResourceSettings && (connection.configurable_resources?.length ?? 0) > 0;

  return (
    <div data-slot="connection-dialog-body" className="ik:flex ik:flex-col ik:gap-6">
      {consentFirst ? <ConsentSection connection={connection} /> : null}
      {props.actions.enabling ? <Progress>{m.enabling(name)}</Progress> : null}
      {/* Not enabled on opening (a deep link only navigates): adding it is the person's click. */}
      {!added && !props.actions.enabling ? (
        <button type="button" className={`${buttonClassName('primary')} ik:self-start`} onClick={props.actions.enable}>
          {m.actions.enable}
        </button>
      ) : null}
      {failure ? <ActionAlert failure={failure} retryLabel={m.retry} /> : null}
      {added && connection.enabled === false ? (
        <div className="ik:flex ik:flex-wrap ik:items-center ik:justify-between ik:gap-3 ik:self-stretch ik:rounded-control ik:bg-surface-muted ik:p-3 ik:text-sm">
          <p>{m.disabledNote(name)}</p>
          {props.canEnable ? (
            <button
              type="button"
              className={buttonClassName('secondary')}
              onClick={() => props.actions.setEnabled(true)}
            >
              {m.actions.enable}
            </button>
          ) : null}
        </div>
      ) : null}
      {showAuthorize ? <AuthorizeControl connection={connection} flow={authorizeFlow} /> : null}
      <RevokeStatus flow={revokeFlow} name={name} />
      {added ? <ConnectionHealthSection connection={connection} actions={props.actions} /> : null}
      {added ? (
        <Section title={m.sections.settings} view="settings">
          <ConnectionSettingsForm
            unifiedApi={unifiedApi}
            serviceId={serviceId}
            onSaved={props.onSaved}
            onDirtyChange={props.onSettingsDirtyChange}
            hideGuideLink={props.hideGuide || props.hideLinks}
          />
        </Section>
      ) : null}
      {showResources ? (
        <Section title={m.sections.resources} view="resources">
          <ResourceSettingsForm
            unifiedApi={unifiedApi}
            serviceId={serviceId}
            onDirtyChange={props.onResourcesDirtyChange}
          />
        </Section>
      ) : null}
      {added && !consentFirst ? <ConsentSection connection={connection} /> : null}
      {added ? <FieldMappingSection connection={connection} /> : null}
      {added ? <ActivityLogSection connection={connection} /> : null}
      <Section title={m.sections.about}>
        <ConnectionAbout connection={connection} messages={m} hideGuide={props.hideGuide} hideLinks={props.hideLinks} />
        <ConnectorDetails connection={connection} hideGuide={props.hideGuide} hideLinks={props.hideLinks} />
      </Section>
    </div>
  );
}
