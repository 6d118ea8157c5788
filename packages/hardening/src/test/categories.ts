/**
 * The hardening suite's categories. Every case carries exactly one as its Vitest tag, and the
 * tally fails when a category has no case or any failure.
 */
export const CATEGORIES = {
  'hostile-data': 'Off-contract answers and markup in API strings',
  urls: 'Only https (or http://localhost) is opened, linked or used as an image',
  scale: 'Thousands of connections, hundreds of fields, long option lists',
  faults: 'Every error status and a dropped network: message and recovery',
  'oauth-security': 'Foreign-origin, wrong-nonce and replayed OAuth messages; exact-origin callback',
  secrets: 'No API key in browser bundles; secrets never in DOM, console or errors',
  fuzz: 'Random contract-valid answers for fixed seeds',
} as const;

/** A hardening category (the Vitest tag of a case). */
export type Category = keyof typeof CATEGORIES;

/** The categories, in the order the tally prints them. */
export const CATEGORY_NAMES = Object.keys(CATEGORIES) as Category[];
