/** A class name part: falsy parts are dropped so conditions read inline. */
export type ClassValue = string | false | null | undefined;

/**
 * Joins class names. The kit's own classes are `ik:`-prefixed and a host's className comes last,
 * so no conflict resolution (tailwind-merge, ~7 kB) is worth its bytes here.
 *
 * @example cn('ik:flex ik:gap-2', isOpen && 'ik:bg-surface', className)
 */
export function cn(...parts: ClassValue[]): string {
  return parts.filter(Boolean).join(' ');
}
