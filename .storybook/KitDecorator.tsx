import type { Decorator } from '@storybook/react-vite';
import { VaultProvider } from '@integrations-kit/hooks';
import { MessagesProvider, ToastProvider, Toaster, type Messages } from '@integrations-kit/ui';
import { de } from '@integrations-kit/ui/locales/de';
import { es } from '@integrations-kit/ui/locales/es';
import { fr } from '@integrations-kit/ui/locales/fr';
import { it } from '@integrations-kit/ui/locales/it';
import { ja } from '@integrations-kit/ui/locales/ja';
import { nl } from '@integrations-kit/ui/locales/nl';
import { pt } from '@integrations-kit/ui/locales/pt';
import { QueryClientProvider } from '@tanstack/react-query';
import { useLayoutEffect, type ReactNode } from 'react';
import type { StoryVault } from '@integrations-kit/storybook-kit';

type Theme = 'light' | 'dark';

// The toolbar's locales; English is the kit's default, so it needs no provider value.
const locales: Record<string, Messages> = { de, fr, es, nl, pt, it, ja };

/** Puts the toolbar's scheme on <html> the way a host does, so portals (dialogs, menus) follow it too. */
function ThemeScope({ theme, children }: { theme: Theme; children: ReactNode }) {
  useLayoutEffect(() => {
    const html = document.documentElement;
    html.classList.toggle('dark', theme === 'dark');
    // Explicit `light`: otherwise the kit would follow the OS setting and could be dark on a light canvas.
    html.classList.toggle('light', theme === 'light');
    document.body.style.background = theme === 'dark' ? '#09090b' : '#ffffff';
  }, [theme]);
  return <>{children}</>;
}

/**
 * Wraps every story the way a host app does: its own QueryClient, a `VaultProvider` on the story's
 * fresh mock, the kit's strings in the toolbar's locale, and a toast outlet for the parts that toast.
 * Stories of a component that mounts its own `Toaster` (`IntegrationsPage`) set
 * `parameters.ownToaster`: a second "Notifications" region would be a duplicate landmark.
 */
export const withKit: Decorator = (Story, context) => {
  const vault = context.loaded.vault as StoryVault;
  const ownToaster = context.parameters.ownToaster === true;
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  const messages = locales[String(context.globals.locale)];
  return (
    <ThemeScope theme={theme}>
      <QueryClientProvider client={vault.queryClient}>
        <VaultProvider token={vault.token} baseUrl={vault.mock.baseUrl}>
          <MessagesProvider messages={messages}>
            <ToastProvider>
              <Story />
              {ownToaster ? null : <Toaster />}
            </ToastProvider>
          </MessagesProvider>
        </VaultProvider>
      </QueryClientProvider>
    </ThemeScope>
  );
};
