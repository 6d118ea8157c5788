import { waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildHostTailwindCss, buildKitCss } from '../test/buildStyles.js';
import { parseCss, type CssRule } from '../test/parseCss.js';
import { renderWithKit, setupVaultServer } from '../test/render.js';
import { IntegrationsPage } from './IntegrationsPage.js';

// The isolation contract of src/styles.css, checked on the compiled output. jsdom does not apply
// cascade layers or compute layout, so the cascade argument is checked on the rules themselves
// (every kit rule anchored to the kit, every kit declaration important and layered) and the DOM
// part checks which elements each rule can reach. The real-browser check lives in the e2e suite.

const mock = setupVaultServer();

const hostMarkup = `
  <header class="host-header flex p-4 text-red-500 hidden"><h1 class="host-title">Host app</h1></header>
  <button class="host-button px-8 bg-blue-500">Host button</button>`;

// Everything a careless host stylesheet does; unlayered, some of it important.
const aggressiveHostCss = `
  * { color: rgb(255, 0, 0) !important; font-family: "Comic Sans MS" !important; margin: 13px; padding: 7px;
      box-sizing: content-box; letter-spacing: 3px; text-transform: uppercase; text-decoration: underline; }
  button { background-color: hotpink; border: 5px dotted lime; box-shadow: 0 0 9px black; }
  div, span, p, ul, li { display: flex; float: left; }
  .flex, .grid, .hidden { display: block !important; }`;

let kitCss = '';
let hostCss = '';
beforeAll(() => {
  kitCss = buildKitCss();
  hostCss = buildHostTailwindCss(hostMarkup);
}, 60_000);

const isKeyframeStep = (rule: CssRule) => rule.context.some((at) => at.startsWith('@keyframes'));
const isPropertyRule = (rule: CssRule) => rule.selectors[0]?.startsWith('@property') ?? false;
const isThemeRoot = (selector: string) => selector === ':root' || selector === ':host';

/** Where a selector's first compound starts: only the kit's root or a kit utility is allowed. */
function isAnchoredInKit(selector: string): boolean {
  return /^\.ik-root(?![\w-])/.test(selector) || selector.startsWith('.ik\\:');
}

describe('the compiled stylesheet', () => {
  it('has no rule that can match outside the kit (no preflight, no bare *, html or body)', () => {
    const { rules } = parseCss(kitCss);
    expect(rules.length).toBeGreaterThan(50);
    const offenders = rules
      .filter((rule) => !isKeyframeStep(rule) && !isPropertyRule(rule))
      .flatMap((rule) => rule.selectors)
      .filter((selector) => !isThemeRoot(selector) && !isAnchoredInKit(selector));
    expect(offenders).toEqual([]);
  });

  it('declares only namespaced custom properties on :root/:host and registers none globally', () => {
    const { rules, atRules } = parseCss(kitCss);
    const rootDeclarations = rules
      .filter((rule) => rule.selectors.some(isThemeRoot))
      .flatMap((rule) => rule.declarations.map((declaration) => declaration.property));
    expect(rootDeclarations.length).toBeGreaterThan(0);
    expect(rootDeclarations.filter((property) => !property.startsWith('--ik-'))).toEqual([]);
    // `@property` is global to the document: the first registration of a name wins, host included.
    expect(atRules.filter((at) => at.prelude.startsWith('@property')).map((at) => at.prelude)).toEqual([]);
    expect(rules.filter(isPropertyRule)).toEqual([]);
  });

  it("uses and sets no custom property outside the kit's namespace (a host's Tailwind --tw-* never meets the kit's)", () => {
    const { rules } = parseCss(kitCss);
    const names = new Set(
      rules.flatMap((rule) =>
        rule.declarations.flatMap((declaration) => [
          ...(declaration.property.startsWith('--') ? [declaration.property] : []),
          ...Array.from(declaration.value.matchAll(/var\((--[\w-]+)/g), (match) => match[1] ?? ''),
        ]),
      ),
    );
    expect(names.size).toBeGreaterThan(20);
    expect([...names].filter((name) => !/^--_?ik-/.test(name))).toEqual([]);
    expect(names.has('--ik-tw-shadow')).toBe(true);
  });

  it("sizes nothing in rem (the host's root font size): only media queries, which read the browser's default", () => {
    const { rules } = parseCss(kitCss);
    const remValues = rules.flatMap((rule) =>
      rule.declarations
        .filter((declaration) => /\d(\.\d+)?rem\b/.test(declaration.value))
        .map((declaration) => `${rule.selectors.join(',')} { ${declaration.property}: ${declaration.value} }`),
    );
    expect(remValues).toEqual([]);
    expect(kitCss).toMatch(/--_ik-rem:calc\(var\(--_ik-font-size\) ?\/ ?.875\)/);
  });

  it('reads every theme variable through a private default, so a value on any ancestor wins', () => {
    const { rules } = parseCss(kitCss);
    const rootRule = rules.find(
      (rule) => rule.context[0] === '@layer ik-base' && rule.context.length === 1 && rule.selectors[0] === '.ik-root',
    );
    const declarations = rootRule?.declarations ?? [];
    expect(declarations.filter((declaration) => /^--ik-/.test(declaration.property))).toEqual([]);
    const accent = declarations.find((declaration) => declaration.property === '--_ik-accent');
    expect(accent?.value).toMatch(/^var\(--ik-accent,\s*#4f46e5\)$/);
  });

  it('names its keyframes in the kit namespace', () => {
    const { atRules } = parseCss(kitCss);
    const keyframes = atRules.filter((at) => at.prelude.startsWith('@keyframes')).map((at) => at.prelude);
    expect(keyframes.length).toBeGreaterThan(0);
    expect(keyframes.filter((name) => !name.startsWith('@keyframes ik-'))).toEqual([]);
  });

  it('makes every utility and reset declaration important, in layers of its own ordered ik-utilities before ik-reset', () => {
    const { rules } = parseCss(kitCss);
    // Layer order is the order of first mention (the minifier may drop the `@layer a, b;` statement).
    const order = [
      ...new Set(
        [...kitCss.matchAll(/@layer ([\w\s,-]+?)\s*[;{]/g)].flatMap((match) => (match[1] ?? '').split(/\s*,\s*/)),
      ),
    ];
    expect(order.indexOf('ik-utilities')).toBeGreaterThan(-1);
    expect(order.indexOf('ik-utilities')).toBeLessThan(order.indexOf('ik-reset'));
    // A host's `@layer base { … !important }` must not be the kit's layer: names are document-wide.
    expect(order.filter((name) => !name.startsWith('ik-'))).toEqual([]);

    const inLayer = (rule: CssRule, layer: string) => rule.context[0] === `@layer ${layer}`;
    const utilities = rules.filter((rule) => inLayer(rule, 'ik-utilities'));
    const reset = rules.filter((rule) => inLayer(rule, 'ik-reset'));
    expect(utilities.length).toBeGreaterThan(50);
    expect(reset.length).toBeGreaterThan(3);
    const weak = [...utilities, ...reset].flatMap((rule) =>
      rule.declarations
        .filter((declaration) => !declaration.important && !declaration.property.startsWith('-webkit-font-smoothing'))
        .map((declaration) => `${rule.selectors.join(',')} { ${declaration.property} }`),
    );
    expect(weak).toEqual([]);
  });

  it('resets, inside the kit, every property the aggressive host sets on all elements', () => {
    const { rules } = parseCss(kitCss);
    const resetForAll = rules.filter(
      (rule) => rule.context[0] === '@layer ik-reset' && rule.selectors.includes('.ik-root *'),
    );
    const declared = new Set(
      resetForAll.flatMap((rule) => rule.declarations.map((declaration) => declaration.property)),
    );
    // Shorthands the reset uses for the longhands a host may set.
    const covered = (property: string) =>
      declared.has(property) ||
      (property === 'font-family' && declared.has('font')) ||
      (property.startsWith('border') && declared.has('border'));
    const hostProperties = [
      'color',
      'font-family',
      'margin',
      'padding',
      'box-sizing',
      'letter-spacing',
      'text-transform',
      'text-decoration',
      'background-color',
      'border',
      'box-shadow',
      'display',
      'float',
      // Vite's template and Bootstrap-style globals.
      'min-height',
      'height',
      'width',
      'line-height',
      'vertical-align',
      'outline',
      'border-radius',
      'position',
      'transition',
    ];
    expect(hostProperties.filter((property) => !covered(property))).toEqual([]);
  });
});

describe('the kit in a host page with aggressive CSS and a host Tailwind build', () => {
  const styleElements: HTMLElement[] = [];
  afterEach(() => {
    for (const element of styleElements.splice(0)) element.remove();
  });

  function mountHost() {
    for (const css of [aggressiveHostCss, hostCss, kitCss]) {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
      styleElements.push(style);
    }
    const host = document.createElement('div');
    host.id = 'host';
    host.innerHTML = hostMarkup;
    document.body.append(host);
    styleElements.push(host);
    return host;
  }

  it('no kit rule reaches a host element, and kit elements carry no class a host stylesheet can target', async () => {
    const host = mountHost();
    const hostClassesBefore = Array.from(host.querySelectorAll('*'), (element) => element.className);
    const { container } = renderWithKit(<IntegrationsPage redirectUri="https://host.example/oauth/callback" />, {
      mock,
    });
    await waitFor(() => expect(container.querySelectorAll('[data-slot="integration-card"]').length).toBeGreaterThan(0));

    // Reach every selector of the kit against the whole document.
    const { rules } = parseCss(kitCss);
    const selectors = rules
      .filter((rule) => !isKeyframeStep(rule) && !isPropertyRule(rule))
      .flatMap((rule) => rule.selectors)
      .filter((selector) => !isThemeRoot(selector));
    let checked = 0;
    const leaks: string[] = [];
    for (const selector of new Set(selectors)) {
      const matchable = selector.replace(/::?(before|after|backdrop|placeholder|marker|selection)\b/g, '').trim();
      let matches: Element[];
      try {
        matches = Array.from(document.querySelectorAll(matchable || '*:not(*)'));
      } catch {
        continue; // A pseudo-class jsdom's selector engine does not know; covered by the static test.
      }
      checked += 1;
      for (const element of matches)
        if (!element.closest('.ik-root')) leaks.push(`${selector} → ${element.outerHTML.slice(0, 60)}`);
    }
    expect(checked).toBeGreaterThan(selectors.length / 2);
    expect(leaks).toEqual([]);

    // Host markup is untouched.
    expect(Array.from(host.querySelectorAll('*'), (element) => element.className)).toEqual(hostClassesBefore);
    expect(host.closest('.ik-root')).toBeNull();

    // Kit markup uses only prefixed classes (plus the scope and theme markers), so `.flex`,
    // `.hidden`, `.p-4` of a host's Tailwind or any host class name can never hit it.
    const kitClasses = new Set(
      Array.from(document.querySelectorAll('.ik-root, .ik-root *')).flatMap((element) => Array.from(element.classList)),
    );
    expect([...kitClasses].filter((name) => !/^(ik-root|ik:.+|dark|light)$/.test(name))).toEqual([]);
  }, 30_000);
});
