/**
 * The organisation page: the chart as SVG from `@valmistelu/charts` and the same tree as nested
 * lists with links (the screen-reader twin). The tree holds every body, line and group, so no
 * further list repeats them. In another language the tree has the translated names, the others
 * in the main language, marked, and linked to the main language's pages.
 */
import { layoutOrgChart, renderOrgChartSvg } from '@valmistelu/charts';
import { documentWords } from '@valmistelu/domain/document-words';
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
  /** The PDF's language where it is not the page's (no body, line or group is translated). */
  pdfLang: Language | undefined;
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

/**
 * Whether the chart exists in the model's language: the main language's always, another's where
 * some of its bodies, lines or groups are translated (as `@valmistelu/pdf-publish` makes its PDF).
 */
function chartTranslated(model: SiteModel): boolean {
  const { content } = model;
  return (
    model.language === model.languages[0] ||
    content.bodies.some((body) => model.isTranslated('bodies', body.id)) ||
    content.lines.some((line) => model.isTranslated('lines', line.id)) ||
    content.groups.some((group) => model.isTranslated('groups', group.id))
  );
}

/**
 * Everything the page shows but its two drawings, which `organisationPage` draws from `tree` and
 * `svgOptions` alone: what the page's cache key covers (`page-cache-key.ts`), without the layout
 * of every body, line and group that drawing costs (a second at 100× the organisation).
 */
export function organisationFacts(model: SiteModel) {
  const { language } = model;
  const words = documentWords[language].charts;
  const tree = organisationTree(model.content, { changeDirector: words.director, members: words.members });
  const own = chartTranslated(model);
  const chartLanguage = own ? language : (model.languages[0] ?? 'fi');
  return {
    tree,
    svgOptions: { title: words.organisation, language: chartLanguage },
    pdf: own ? urls.organisationChartPdf(language) : urls.organisationChartPdf(),
    pdfLang: own ? undefined : chartLanguage,
    list: tree.map((node) => toListNode(model, node)),
  };
}

export function organisationPage(model: SiteModel): OrganisationPage {
  const { tree, svgOptions, ...facts } = organisationFacts(model);
  return {
    svg: renderOrgChartSvg(layoutOrgChart(tree), { ...svgOptions, idPrefix: 'organisaatiokaavio' }),
    // 320 units drawn at a phone's 288–343 px keep the 11 px detail text at 9.9 px or more.
    phoneSvg: renderOrgChartSvg(
      layoutOrgChart(tree, { stacked: true, width: 320, fontSize: 12, detailFontSize: 11 }),
      { ...svgOptions, idPrefix: 'organisaatiokaavio-puhelin' },
    ),
    ...facts,
  };
}
