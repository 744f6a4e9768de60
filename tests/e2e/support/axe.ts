/** axe-core's WCAG 2.1 A and AA rules, run in a page of Chromium. */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = createRequire(import.meta.url)('axe-core').source as string;

export interface AxeOutcome {
  /** How many rules passed: none would mean axe did not really look at the page. */
  passes: number;
  /** `rule-id: ["selector"], …` for each violation. */
  violations: string[];
}

export async function axeWcag21AA(page: Page): Promise<AxeOutcome> {
  // Evaluated through the debugging protocol, which a page's CSP rightly does not let a <script> do.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; nodes: { target: unknown[] }[] }[]; passes: unknown[] };
    const axe = (
      globalThis as unknown as {
        axe: { run: (context: Document, options: object) => Promise<AxeResult> };
      }
    ).axe;
    const outcome = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return {
      passes: outcome.passes.length,
      violations: outcome.violations.map(
        (violation) =>
          `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
      ),
    };
  });
}
