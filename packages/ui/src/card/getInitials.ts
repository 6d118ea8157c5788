// A word is a run of letters and digits (any script); a letter keeps its combining marks.
const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
const FIRST = /^[\p{L}\p{N}]\p{M}*/u;

function initialOf(word: string): string {
  const letter = FIRST.exec(word)?.[0] ?? '';
  const upper = letter.toLocaleUpperCase();
  // "ß" upper-cases to "SS": keep the letter as written rather than grow past one character.
  return Array.from(upper).length === Array.from(letter).length ? upper : letter;
}

/**
 * One or two letters standing in for a missing logo: the first letters (or digits) of the first
 * two words ("Google Drive" → "GD", "Bird (MessageBird)" → "BM", "salesforce" → "S"), `?` when
 * the name has none. Punctuation and symbols are skipped in any script; a letter is never split
 * from its accent or cut in half.
 */
export function getInitials(name: unknown): string {
  if (typeof name !== 'string') return '?';
  const words = name.match(WORD) ?? [];
  return words.slice(0, 2).map(initialOf).join('') || '?';
}
