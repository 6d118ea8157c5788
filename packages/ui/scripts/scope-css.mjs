// Tailwind 4 adds `@layer properties { @supports (old Safari/Firefox) { *, ::before, ::after,
// ::backdrop { --tw-…: … } } }` as a fallback for browsers without `@property`. That selector
// reaches every element of the host page, and Tailwind has no switch for it, so the build rewrites
// it to the kit's root. Fails loudly if Tailwind changes the shape, rather than shipping a leak.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/scope-css.mjs <built css file>');

const css = readFileSync(file, 'utf8');
const universal = /\*,\s*::?before,\s*::?after,\s*::backdrop(?=\s*\{)/g;
const scoped = [
  '.ik-root',
  '.ik-root *',
  '.ik-root::before',
  '.ik-root::after',
  '.ik-root ::before',
  '.ik-root ::after',
  '.ik-root::backdrop',
  '.ik-root ::backdrop',
].join(',');

const count = css.match(universal)?.length ?? 0;
if (css.includes('@layer properties') && count === 0) {
  throw new Error(`${file}: found @layer properties but not its universal selector; check the Tailwind output`);
}
writeFileSync(file, css.replace(universal, scoped));
console.log(`scope-css: scoped ${count} universal selector(s) in ${file} to .ik-root`);
