/**
 * The organisation page: the chart as SVG from `@valmistelu/charts` and the same tree as nested
 * lists with links (the screen-reader twin). The tree holds every body, line and group, so no
 * further list repeats them.
 */
import { layoutOrgChart, renderOrgChartSvg } from '@valmistelu/charts';
import { type OrgNode, type OrgNodeKind, organisationTree } from '@valmistelu/domain/org-tree';
import { urls } from '@valmistelu/domain/urls';
import type { SiteModel } from '../site-model.ts';

export interface OrgListNode {
  href: string;
  label: string;
  kindText: string;
  detail: string | undefined;
  children: OrgListNode[];
}

export interface OrganisationPage {
  svg: string;
  /** The same tree as one indented column, for phones (ChartFigure shows one of the two). */
  phoneSvg: string;
  pdf: string;
  list: OrgListNode[];
}

const kindTexts: Record<OrgNodeKind, string> = {
  body: 'toimielin',
  line: 'toimintalinja',
  'cross-cutting': 'läpäisevä valmistelu',
  group: 'valmisteluryhmä',
};

const hrefOf: Record<OrgNodeKind, (id: string) => string> = {
  body: urls.body,
  line: urls.line,
  'cross-cutting': urls.line,
  group: urls.group,
};

function toListNode(node: OrgNode): OrgListNode {
  return {
    href: hrefOf[node.kind](node.id),
    label: node.label,
    kindText: kindTexts[node.kind],
    detail: node.detail,
    children: node.children.map(toListNode),
  };
}

export function organisationPage(model: SiteModel): OrganisationPage {
  const tree = organisationTree(model.content);
  return {
    svg: renderOrgChartSvg(layoutOrgChart(tree), { idPrefix: 'organisaatiokaavio' }),
    // 320 units drawn at a phone's 288–343 px keep the 11 px detail text at 9.9 px or more.
    phoneSvg: renderOrgChartSvg(
      layoutOrgChart(tree, { stacked: true, width: 320, fontSize: 12, detailFontSize: 11 }),
      { idPrefix: 'organisaatiokaavio-puhelin' },
    ),
    pdf: urls.organisationChartPdf(),
    list: tree.map(toListNode),
  };
}
