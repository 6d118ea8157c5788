import { IntegrationsPage, useIntegrationsUrlState } from '@integrations-kit/ui';
import { de } from '@integrations-kit/ui/locales/de';
import { PageHeader } from '../layout/PageHeader.js';
import { hostMessages } from '../preferences/hostMessages.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { OAUTH_REDIRECT_URI } from '../session/redirectUri.js';

/** Acme's Integrations settings: the whole kit in one component, themed by Acme's preferences. */
export function IntegrationsSettingsPage() {
  const { locale } = usePreferences();
  const t = hostMessages(locale);
  // `?api=crm&service=salesforce&view=settings` opens that dialog; opening and closing one updates the URL.
  const urlState = useIntegrationsUrlState();
  return (
    <>
      <PageHeader title={t.integrations}>{t.integrationsIntro}</PageHeader>
      <IntegrationsPage redirectUri={OAUTH_REDIRECT_URI} messages={locale === 'de' ? de : undefined} {...urlState} />
    </>
  );
}
