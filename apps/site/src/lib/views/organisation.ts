/**
 * The organisation page: the chart as SVG from `@valmistelu/charts` and the same tree as nested
 * lists with links (the screen-reader twin). The tree holds every body, line and group, so no
 * further list repeats them. In another language the tree has the translated names, the others
 * in the main language, marked, and linked to the main language's pages.
 */
import { layoutOrgChart, renderOrgChartSvg } from '@valmistelu/charts';
import { type OrgNode, type OrgNodeKind, organisationTree } from '@valmistelu/domain/org-tree';
import type { CollectionName, Language } from '@valmistelu/domain/schema';
import { type PageUrls, urls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';
import type { SiteModel } from '../site-model.ts';
import { compositionLangOf } from './body-page.ts';
import { itemLink, mainPageLink } from './links.ts';

export interface OrgListNode {
  href: string;
  label: string;
  /** The label's language where the item is untranslated on another language's page. */
  lang: Language | undefined;
  kindText: string;
  detail: string | undefined;
  /** A body's composition in the main language's words ("varajäsentä") on another language's page. */
  detailLang: Language | undefined;
  children: OrgListNode[];
}

export interface OrganisationPage {
  svg: string;
  /** The same tree as one indented column, for phones (ChartFigure shows one of the two). */
  phoneSvg: string;
  pdf: string;
  list: OrgListNode[];
}

const collectionOf: Record<OrgNodeKind, CollectionName> = {
  body: 'bodies',
  line: 'lines',
  'cross-cutting': 'lines',
  group: 'groups',
};

const pathOf: Record<OrgNodeKind, (urls: PageUrls, id: string) => string> = {
  body: (pages, id) => pages.body(id),
  line: (pages, id) => pages.line(id),
  'cross-cutting': (pages, id) => pages.line(id),
  group: (pages, id) => pages.group(id),
};

function toListNode(model: SiteModel, node: OrgNode): OrgListNode {
  // Groups have pages in the main language only; bodies and lines where they are translated.
  const linkOf = node.kind === 'group' ? mainPageLink : itemLink;
  const body = node.kind === 'body' ? model.body(node.id) : undefined;
  const link = linkOf(model, collectionOf[node.kind], node.id, node.label, (pages) =>
    pathOf[node.kind](pages, node.id),
  );
  return {
    href: link.href,
    label: node.label,
    lang: link.lang,
    kindText: texts[model.language].labels.orgKinds[node.kind],
    detail: node.detail,
    detailLang: body ? compositionLangOf(model, body) : undefined,
    children: node.children.map((child) => toListNode(model, child)),
  };
}

export function organisationPage(model: SiteModel): OrganisationPage {
  const t = texts[model.language];
  const tree = organisationTree(model.content, {
    changeDirector: t.organisation.changeDirector,
    members: t.body.members,
  });
  return {
    svg: renderOrgChartSvg(layoutOrgChart(tree), { idPrefix: 'organisaatiokaavio' }),
    // 320 units drawn at a phone's 288–343 px keep the 11 px detail text at 9.9 px or more.
    phoneSvg: renderOrgChartSvg(
      layoutOrgChart(tree, { stacked: true, width: 320, fontSize: 12, detailFontSize: 11 }),
      { idPrefix: 'organisaatiokaavio-puhelin' },
    ),
    pdf: urls.organisationChartPdf(),
    list: tree.map((node) => toListNode(model, node)),
  };
}
