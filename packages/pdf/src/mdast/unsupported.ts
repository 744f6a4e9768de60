/**
 * Constructs a PDF cannot hold: raw HTML, JavaScript expressions and imports, frontmatter left in
 * the body. Each becomes a located error and a visible marker, never a silent gap.
 */
import type { Nodes } from 'mdast';
import type { RenderContext } from './context.ts';
import type { InlineRun } from './inline-run.ts';

const reasons: Record<string, string> = {
  html: 'raakaa HTML:ää ei voi esittää PDF:ssä: käytä Markdownia tai projektin komponentteja',
  mdxjsEsm: 'import- ja export-lauseita ei voi esittää PDF:ssä',
  mdxFlowExpression: 'aaltosulkeiden {…} lausekkeita ei voi esittää PDF:ssä',
  mdxTextExpression: 'aaltosulkeiden {…} lausekkeita ei voi esittää PDF:ssä',
  yaml: 'YAML-esittelytietoja voi olla vain tiedoston alussa',
  toml: 'TOML-esittelytietoja ei tueta',
};

export function renderUnsupported(node: Nodes, context: RenderContext): InlineRun[] {
  return [context.fail(node, reasons[node.type] ?? `rakennetta "${node.type}" ei voi esittää PDF:ssä`)];
}
