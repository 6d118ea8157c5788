/**
 * One or two letters standing in for a missing logo: the first letters of the first two words
 * ("Google Drive" → "GD", "salesforce" → "S"). Counts code points, not UTF-16 units, so a name
 * starting with an emoji or accented letter is not split in half.
 */
export function getInitials(name: unknown): string {
  if (typeof name !== 'string') return '?';
  const words = name.trim().split(/[\s_\-./]+/).filter(Boolean);
  const letters = words.slice(0, 2).map((word) => Array.from(word)[0] ?? '');
  return letters.join('').toLocaleUpperCase() || '?';
}
