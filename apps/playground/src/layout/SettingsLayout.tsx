import type { ReactNode } from 'react';
import { Link } from '../routing/Link.js';
import { hostMessages, type HostMessages } from '../preferences/hostMessages.js';
import { usePreferences } from '../preferences/usePreferences.js';
import { PreferenceControls } from './PreferenceControls.js';

/** The sidebar entries; `label` is a key into Acme's own strings. */
export const NAV_SECTIONS: ReadonlyArray<{
  heading: keyof HostMessages;
  items: ReadonlyArray<{ path: string; label: keyof HostMessages }>;
}> = [
  {
    heading: 'settings',
    items: [
      { path: '/settings/profile', label: 'profile' },
      { path: '/settings/team', label: 'team' },
      { path: '/settings/billing', label: 'billing' },
      { path: '/settings/integrations', label: 'integrations' },
    ],
  },
  { heading: 'developer', items: [{ path: '/settings/build-your-own', label: 'buildYourOwn' }] },
];

interface SettingsLayoutProps {
  pathname: string;
  mode: 'mock' | 'real';
  children: ReactNode;
}

/** Acme's chrome: top bar with the preference controls, settings sidebar, content column. */
export function SettingsLayout({ pathname, mode, children }: SettingsLayoutProps) {
  const t = hostMessages(usePreferences().locale);
  return (
    <div className="acme-app">
      <header className="acme-topbar">
        <Link href="/settings/profile" className="acme-logo">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          Acme
        </Link>
        <span className={`acme-mode acme-mode-${mode}`}>{mode === 'mock' ? t.mockMode : t.realMode}</span>
        <PreferenceControls />
      </header>
      <div className="acme-body">
        <nav className="acme-sidebar" aria-label={t.settings}>
          {NAV_SECTIONS.map((section) => (
            <div key={section.heading}>
              <h2 className="acme-sidebar-heading">{t[section.heading]}</h2>
              <ul>
                {section.items.map((item) => (
                  <li key={item.path}>
                    <Link href={item.path} aria-current={pathname === item.path ? 'page' : undefined}>
                      {t[item.label]}
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </nav>
        <main className="acme-main">{children}</main>
      </div>
    </div>
  );
}
