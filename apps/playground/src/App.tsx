import { useEffect } from 'react';
import { BuildYourOwnPage } from './build-your-own/BuildYourOwnPage.js';
import { SettingsLayout } from './layout/SettingsLayout.js';
import { BillingPage } from './pages/BillingPage.js';
import { IntegrationsSettingsPage } from './pages/IntegrationsSettingsPage.js';
import { ProfilePage } from './pages/ProfilePage.js';
import { SameTabCallbackPage } from './pages/SameTabCallbackPage.js';
import { TeamPage } from './pages/TeamPage.js';
import { navigate, usePathname } from './routing/navigation.js';

const PAGES: Record<string, () => React.JSX.Element> = {
  '/settings/profile': ProfilePage,
  '/settings/team': TeamPage,
  '/settings/billing': BillingPage,
  '/settings/integrations': IntegrationsSettingsPage,
  '/settings/build-your-own': BuildYourOwnPage,
  '/oauth/callback': SameTabCallbackPage,
};
const HOME = '/settings/integrations';

/** Acme's settings area; which page shows is decided by the pathname alone. */
export function App({ mode }: { mode: 'mock' | 'real' }) {
  const pathname = usePathname();
  const Page = PAGES[pathname];

  useEffect(() => {
    if (!Page) navigate(HOME, { replace: true });
  }, [Page]);

  return (
    <SettingsLayout pathname={pathname} mode={mode}>
      {Page ? <Page /> : null}
    </SettingsLayout>
  );
}
