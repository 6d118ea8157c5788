/** A RegExp source that matches `text` literally (for accessible names holding API strings). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
