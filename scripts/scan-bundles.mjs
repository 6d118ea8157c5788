#!/usr/bin/env node
// Fails when a browser bundle could leak the Apideck API key: it names the key's variable
// (APIDECK_API_KEY) or the `x-apideck-api-key` header, passes an `apiKey:` or a bearer header a
// literal credential or an env value (directly or through a variable of any name, as a minifier
// leaves it), or calls the server-only `/vault/sessions` endpoint (creating a session needs the key).
//
// Usage: node scripts/scan-bundles.mjs [path ...]
//   With paths: scans every .js/.mjs/.cjs/.html file under them.
//   Without:    scans what ships to browsers once built:
//     - each package's dist, following imports from its `exports` entries, except the server-only
//       ones (`./server` of the client, `./node` of the mocks), which browsers never load;
//     - apps/playground/dist and storybook-static, whole (they are browser builds).
// Exits 1 on a finding, 0 otherwise (also when nothing is built yet: it says so).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SCANNED = /\.(m?js|cjs|html)$/;
const SERVER_ONLY_ENTRY = /^\.\/(server|node)$/;

// A credential-looking literal (16+ token characters with a digit, no spaces) or an env read;
// names such as `InvalidStateError` are not credentials.
const SECRET_VALUE = String.raw`(?:(["'\`])(?=[^"'\`]*\d)[A-Za-z0-9_\-.+/=]{16,}\1|(?:process\.env|import\.meta\.env)\b)`;

/** What must never be in browser code, each with why. */
export const RULES = [
  { id: 'api-key-variable', pattern: /APIDECK_API_KEY/g, why: 'names the API key variable' },
  {
    id: 'api-key-value',
    // Labels like `apiKey: 'API key'` in the messages are fine.
    pattern: new RegExp(String.raw`\bapi_?key["']?\s*[:=]\s*${SECRET_VALUE}`, 'gi'),
    why: 'gives apiKey a literal or env value',
  },
  { id: 'api-key-header', pattern: /x-apideck-api-key/gi, why: 'names the API key header' },
  {
    id: 'bearer-literal',
    pattern: /(["'`])Bearer\s+(?:[A-Za-z0-9_\-.+/=]{16,}\1|\1\s*\+\s*(["'`])[A-Za-z0-9_\-.+/=]{16,}\2)/g,
    why: 'sends a literal bearer credential',
  },
  {
    id: 'api-key-indirect',
    // `apiKey: k` or `Bearer ${k}` where the same file assigns `k` a literal credential or an env
    // value; not a destructuring `{ apiKey: k } = options`, which reads the key rather than setting it.
    pattern:
      /(?:\bapi_?key["']?\s*:\s*|Bearer \$\{)([A-Za-z_$][\w$]*)(?![\w$]|\s*[.([]|\s*(?:,[^{}=;]*)?\}\s*=(?!=))/gi,
    why: 'gives apiKey or a bearer header a variable holding a literal or env value',
    confirm: (text, match) => assignsSecret(text, match[1]),
  },
  { id: 'session-endpoint', pattern: /\/vault\/sessions\b/g, why: 'calls the server-only session endpoint' },
];

function assignsSecret(text, name) {
  const escaped = name.replace(/\$/g, '\\$');
  return new RegExp(String.raw`(?:^|[^\w$.])${escaped}\s*=\s*${SECRET_VALUE}`).test(text);
}

/** Every finding in `text`: rule, line, column and the line around it. */
export function scanText(text) {
  const findings = [];
  for (const rule of RULES) {
    for (const match of text.matchAll(rule.pattern)) {
      if (rule.confirm && !rule.confirm(text, match)) continue;
      const before = text.slice(0, match.index);
      const line = before.split('\n').length;
      const column = match.index - before.lastIndexOf('\n');
      const lineText = text.split('\n')[line - 1] ?? '';
      const excerpt = lineText.slice(Math.max(0, column - 40), column + 60).trim();
      findings.push({ rule: rule.id, why: rule.why, line, column, excerpt });
    }
  }
  return findings;
}

function walk(path, out) {
  if (!existsSync(path)) return out;
  if (statSync(path).isFile()) {
    if (SCANNED.test(path)) out.add(path);
    return out;
  }
  for (const name of readdirSync(path)) if (name !== 'node_modules') walk(join(path, name), out);
  return out;
}

// Relative imports of an emitted ES module (static, re-exports, side-effect and dynamic).
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

function followImports(entry, out) {
  if (out.has(entry) || !existsSync(entry)) return;
  out.add(entry);
  for (const match of readFileSync(entry, 'utf8').matchAll(IMPORT))
    followImports(resolve(dirname(entry), match[1]), out);
}

function entryTarget(value) {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object') return entryTarget(value.browser ?? value.import ?? value.default);
  return undefined;
}

/** The dist files a browser can load from one package: its non-server entries and what they import. */
export function packageBrowserFiles(packageDir) {
  const files = new Set();
  const manifest = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
  for (const [key, value] of Object.entries(manifest.exports ?? {})) {
    if (SERVER_ONLY_ENTRY.test(key)) continue;
    const target = entryTarget(value);
    if (target && /\.(m?js|cjs)$/.test(target)) followImports(resolve(packageDir, target), files);
  }
  return files;
}

function defaultTargets() {
  const files = new Set();
  const packagesDir = join(root, 'packages');
  for (const name of existsSync(packagesDir) ? readdirSync(packagesDir) : []) {
    const dir = join(packagesDir, name);
    if (existsSync(join(dir, 'dist')) && existsSync(join(dir, 'package.json'))) {
      for (const file of packageBrowserFiles(dir)) files.add(file);
    }
  }
  walk(join(root, 'apps/playground/dist'), files);
  walk(join(root, 'storybook-static'), files);
  return files;
}

function main(argv) {
  const paths = argv.filter((arg) => !arg.startsWith('--'));
  const missing = paths.filter((path) => !existsSync(path));
  if (missing.length) {
    console.error(`scan-bundles: no such path: ${missing.join(', ')}`);
    return 2;
  }
  const files = paths.length ? paths.reduce((set, path) => walk(resolve(path), set), new Set()) : defaultTargets();
  if (files.size === 0) {
    console.log('scan-bundles: no built browser bundles to scan (run `pnpm build` first).');
    return 0;
  }
  let count = 0;
  for (const file of [...files].sort()) {
    for (const finding of scanText(readFileSync(file, 'utf8'))) {
      count += 1;
      console.log(
        `${relative(root, file)}:${finding.line}:${finding.column} ${finding.rule} (${finding.why}): ${finding.excerpt}`,
      );
    }
  }
  console.log(`scan-bundles: ${files.size} browser file(s) scanned, ${count} finding(s).`);
  return count > 0 ? 1 : 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exit(main(process.argv.slice(2)));
}
