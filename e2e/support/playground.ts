import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { inject } from 'vitest';
import { offlineContext } from '../../scripts/lib/chromium.mjs';

/** One fresh visit of the playground: its own context (so a fresh mock Vault) and what went wrong. */
export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Requests that tried to leave the machine (always expected empty). */
  blocked: string[];
  /** Uncaught errors in any page of the visit. */
  errors: string[];
  close(): Promise<void>;
}

export interface VisitOptions {
  /** Make `window.open` return null on Acme's pages, as a popup blocker does. */
  blockPopups?: boolean;
  /**
   * Give every page of the visit a `window.opener`, as a tab opened by another site's
   * `window.open` has. A stand-in window: it records what is posted to it in `sessionStorage`
   * (`ik-e2e-opener-posts`) and never closes.
   */
  withOpener?: boolean;
  path?: string;
}

/** Opens the built playground on its integrations page and waits for the cards. */
export async function visitPlayground(
  browser: Browser,
  { blockPopups = false, withOpener = false, path = '/settings/integrations' }: VisitOptions = {},
): Promise<Visit> {
  const { context, blocked } = await offlineContext(browser);
  const errors: string[] = [];
  context.on('weberror', (error) => errors.push(error.error().message));
  if (blockPopups) {
    await context.addInitScript(() => {
      if (!location.pathname.startsWith('/mock-consent')) window.open = () => null;
    });
  }
  if (withOpener) {
    await context.addInitScript(() => {
      const key = 'ik-e2e-opener-posts';
      const opener = {
        closed: false,
        postMessage: (message: unknown) =>
          sessionStorage.setItem(key, JSON.stringify([...JSON.parse(sessionStorage.getItem(key) ?? '[]'), message])),
      };
      Object.defineProperty(window, 'opener', { value: opener, configurable: true });
    });
  }
  const page = await context.newPage();
  await page.goto(`${inject('playgroundUrl')}${path}`);
  if (path === '/settings/integrations') await cards(page).first().waitFor({ timeout: 30_000 });
  return { page, context, blocked, errors, close: () => context.close() };
}

/** The grid's cards. */
export const cards = (page: Page) => page.locator('[data-slot="integration-card"]');

/**
 * The card of one integration, by its exact visible name (and unified API label when given): the
 * card's accessible name is its visible text, "{name} {unified API} {tag line} {status}".
 */
export const card = (page: Page, name: string, api?: string) =>
  page.getByRole('button', { name: new RegExp(`^${escape(api ? `${name} ${api}` : name)} `) });

/** Searches, clicks the card and returns the open connection dialog. */
export async function openConnection(page: Page, name: string, api?: string): Promise<Locator> {
  await page.getByRole('searchbox', { name: 'Search integrations' }).fill(name);
  await card(page, name, api).first().click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  return dialog;
}

/** The status badge text in the dialog's header. */
export const dialogStatus = (dialog: Locator) =>
  dialog.locator('[data-slot="connection-dialog-header"] [data-slot="connection-status-badge"]');

/** Picks a menu item from the dialog's actions menu. */
export async function chooseAction(page: Page, dialog: Locator, action: string): Promise<void> {
  await dialog.getByRole('button', { name: /^Actions for / }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** Runs `start` (a click that opens the consent popup), presses `decision` there, waits for it to close. */
export async function decideInPopup(
  page: Page,
  start: () => Promise<void>,
  decision: 'Allow' | 'Deny' | 'Disconnect' | 'Cancel',
): Promise<void> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), start()]);
  await popup.getByRole('button', { name: decision }).click();
  if (!popup.isClosed()) await popup.waitForEvent('close', { timeout: 15_000 });
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
