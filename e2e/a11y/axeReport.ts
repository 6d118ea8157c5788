import type { AxeResults, Result } from 'axe-core';

/**
 * Rules about the whole document, which here is Storybook's iframe page, not the kit: a story
 * shows one component alone, so it has no <main>, no <h1>, no landmarks around it and Storybook's
 * own <title>/<html lang>. Everything else axe has (WCAG 2.0-2.2 A/AA incl. colour contrast, and
 * best practices) runs.
 */
export const documentRules = ['document-title', 'html-has-lang', 'landmark-one-main', 'page-has-heading-one', 'region'];

/** One line per failing node: rule, impact, selector, and the contrast numbers when there are some. */
export function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((violation) =>
      violation.nodes.map((node) => {
        const contrast = node.any.find((check) => check.id === 'color-contrast')?.data as
          { fgColor?: string; bgColor?: string; contrastRatio?: number; expectedContrastRatio?: string } | undefined;
        const numbers = contrast?.contrastRatio
          ? ` (${contrast.fgColor} on ${contrast.bgColor}: ${contrast.contrastRatio}, needs ${contrast.expectedContrastRatio})`
          : '';
        return `${violation.id} [${violation.impact}] ${node.target.join(' ')}${numbers}: ${violation.help}`;
      }),
    )
    .join('\n');
}

/** Violations counted per node, as a person fixing them would count. */
export const countViolations = (results: Pick<AxeResults, 'violations'>) =>
  results.violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
