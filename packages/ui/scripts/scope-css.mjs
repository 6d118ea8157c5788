// Makes the built stylesheet the kit's alone, in three rewrites Tailwind has no switch for. Each
// fails loudly if Tailwind changes the shape, rather than shipping a leak.
// 1. `--tw-*` becomes `--ik-tw-*`: a host's own Tailwind (v3 sets `--tw-*` on `*` unlayered) must
//    not feed the kit's shadows, translates and rings, nor the kit its.
// 2. The `@property --tw-*` registrations go: `@property` is global to the document (the first
//    registration of a name wins, for the host too). Their initial values come from Tailwind's own
//    fallback block instead, which sets every variable on every kit element.
// 3. That fallback (`@layer properties { @supports (old Safari/Firefox) { *, ::before, ::after,
//    ::backdrop { … } } }`) reaches every element of the host page: it is scoped to the kit's root,
//    applies in every browser, and its layer takes the kit's name.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) throw new Error('usage: node scripts/scope-css.mjs <built css file>');

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

function rewrite(css, pattern, replacement, what) {
  const count = css.match(pattern)?.length ?? 0;
  if (count === 0) throw new Error(`${file}: found no ${what}; check the Tailwind output`);
  return { css: css.replace(pattern, replacement), count };
}

let css = readFileSync(file, 'utf8');
const counts = {};
if (css.includes('@layer properties')) {
  // The fallback: `@layer properties{@supports (…){*,::before,…{decls}}}` → `@layer ik-properties{<scoped>{decls}}`.
  ({ css, count: counts.fallback } = rewrite(
    css,
    /@layer properties\s*\{\s*@supports\s*[^{]*\{\s*\*,\s*::?before,\s*::?after,\s*::backdrop\s*\{([^}]*)\}\s*\}\s*\}/g,
    `@layer ik-properties{${scoped}{$1}}`,
    'Tailwind fallback block under @layer properties',
  ));
}
if (css.includes('@property')) {
  ({ css, count: counts.property } = rewrite(css, /@property\s+--tw-[\w-]+\s*\{[^}]*\}/g, '', '@property --tw-* rule'));
  if (css.includes('@property')) throw new Error(`${file}: an @property rule is left; the kit registers none`);
}
if (css.includes('--tw-')) ({ css, count: counts.variables } = rewrite(css, /--tw-/g, '--ik-tw-', '--tw- variable'));

writeFileSync(file, css);
console.log(`scope-css: ${JSON.stringify(counts)} in ${file}`);
