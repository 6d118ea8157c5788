import { VaultProvider } from '@integrations-kit/hooks';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { App } from './App.js';
import { hostMessages } from './preferences/hostMessages.js';
import { PreferencesProvider } from './preferences/PreferencesProvider.js';
import { usePreferences } from './preferences/usePreferences.js';
import { startSession, type PlaygroundSession } from './session/startSession.js';

// Acme's own cache; the kit's hooks share it, as they would in a real host.
const queryClient = new QueryClient();

type Boot =
  { status: 'starting' } | { status: 'ready'; session: PlaygroundSession } | { status: 'failed'; error: Error };

function useSession(): Boot {
  const [boot, setBoot] = useState<Boot>({ status: 'starting' });
  useEffect(() => {
    let active = true;
    startSession().then(
      (session) => active && setBoot({ status: 'ready', session }),
      (error: unknown) =>
        active && setBoot({ status: 'failed', error: error instanceof Error ? error : new Error(String(error)) }),
    );
    return () => {
      active = false;
    };
  }, []);
  return boot;
}

function Shell() {
  const boot = useSession();
  const t = hostMessages(usePreferences().locale);
  if (boot.status === 'starting') return <p className="acme-status">{t.starting}</p>;
  if (boot.status === 'failed') {
    return (
      <p className="acme-status" role="alert">
        {t.startFailed} {boot.error.message}
      </p>
    );
  }
  const { session } = boot;
  return (
    <VaultProvider
      token={session.token}
      baseUrl={session.baseUrl}
      connectorBaseUrl={session.connectorBaseUrl}
      getToken={session.getToken}
    >
      <App mode={session.mode} />
    </VaultProvider>
  );
}

/** The whole playground: preferences, Acme's query cache, then a Vault session (real or mock). */
export function Playground() {
  return (
    <PreferencesProvider>
      <QueryClientProvider client={queryClient}>
        <Shell />
      </QueryClientProvider>
    </PreferencesProvider>
  );
}
