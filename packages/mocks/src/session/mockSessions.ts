import type { MockSessionClaims } from './createMockSessionToken.js';

const avatarSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect width="36" height="36" fill="#0f766e"/>' +
  '<text x="18" y="24" font-family="sans-serif" font-size="16" fill="#fff" text-anchor="middle">AL</text></svg>';

/**
 * Session display claims for each setting the page honours, one preset per situation, to pass as
 * `createMockSessionToken({ …, session: mockSessions.sandbox })` in stories, tests and the playground.
 */
export const mockSessions = {
  /** No display claims: the page as its props alone describe it. */
  plain: {},
  /** Only the CRM and accounting APIs. */
  limitedApis: { settings: { unified_apis: ['crm', 'accounting'] } },
  /** Resources hidden in the dialog. */
  noResourceSettings: { settings: { hide_resource_settings: true } },
  /** Only Re-authorize and Disable in the dialog's menu. */
  limitedActions: { settings: { allow_actions: ['reauthorize', 'disable'] } },
  /** The sandbox banner. */
  sandbox: { settings: { sandbox_mode: true } },
  /** Isolation mode: connection settings only, no links away from the page. */
  isolation: {
    settings: { isolation_mode: true },
    theme: { privacy_url: 'https://example.com/privacy', terms_url: 'https://example.com/terms' },
  },
  /** Logs off, suggestions on, guides hidden. */
  features: { settings: { show_logs: false, show_suggestions: true, hide_guides: true } },
  /** The consumer card. */
  consumer: {
    consumer_metadata: {
      account_name: 'Acme Inc.',
      user_name: 'Ada Lovelace',
      email: 'ada@acme.example',
      // Inline, so stories, tests and the playground never fetch an avatar from elsewhere.
      image: `data:image/svg+xml,${encodeURIComponent(avatarSvg)}`,
    },
  },
  /** Accent, page title and footer links from the session's theme. */
  theme: {
    theme: {
      primary_color: '#0f766e',
      vault_name: 'Acme Integrations',
      privacy_url: 'https://example.com/privacy',
      terms_url: 'https://example.com/terms',
    },
  },
} satisfies Record<string, MockSessionClaims>;
