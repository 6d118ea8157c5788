/**
 * An API's id as people read it when no display name comes with it: words split on `-` and `_`,
 * in sentence case. An id that already has capitals or spaces was written for reading: it stays.
 *
 * @example labelFromId('time-off-requests') // 'Time off requests'
 */
export function labelFromId(id: string): string {
  if (/[\p{Lu}\s]/u.test(id)) return id;
  const words = id.split(/[-_]+/).filter(Boolean).join(' ');
  return words.charAt(0).toLocaleUpperCase() + words.slice(1);
}
