// The widest instant a JavaScript Date holds (±100,000,000 days from 1970): beyond it `new Date(ms)`
// is invalid and `toISOString()` or `Intl.DateTimeFormat` throw while rendering.
const MAX_DATE_MS = 8.64e15;

/**
 * Epoch milliseconds from a number or an ISO 8601 string; `undefined` for anything else, including
 * a number no Date can hold.
 */
export function toEpochMs(value: unknown): number | undefined {
  if (typeof value === 'number') return inDateRange(value);
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  // A numeric string is epoch milliseconds sent as text, not a year.
  if (/^\d+$/.test(value.trim())) return inDateRange(Number(value));
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? undefined : parsed;
}

function inDateRange(ms: number): number | undefined {
  return Number.isFinite(ms) && Math.abs(ms) <= MAX_DATE_MS ? ms : undefined;
}
