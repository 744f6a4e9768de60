/**
 * A report's page and rows in another language, on the repository's content and its Swedish
 * translation: a translated report links its Swedish page and PDF, an untranslated one its
 * Finnish page, marked; a translation without a body of its own links the Finnish PDF, marked,
 * as only a translated body gets a Swedish PDF.
 */
import { type LoadedContent, loadContent } from '@valmistelu/content';
import type { CollectionName } from '@valmistelu/domain/schema';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultContentDir } from '../src/lib/content-dir.ts';
import { createSiteModel, type SiteModel } from '../src/lib/create-site-model.ts';
import type { RenderedBody } from '../src/lib/views/render-body.ts';
import { reportPage } from '../src/lib/views/report-page.ts';
import { reportRow } from '../src/lib/views/report-rows.ts';

let loaded: LoadedContent;

beforeAll(async () => {
  loaded = await loadContent(defaultContentDir);
});

/** The Swedish model, with each translated report's body as the loader gives it. */
function swedishModel(body: (id: string) => RenderedBody): SiteModel {
  const translation = loaded.translations.sv;
  if (!translation) throw new Error('the content has no Swedish translation');
  const reports = new Map(translation.translated.reports.map((id) => [id, body(id)]));
  return createSiteModel(
    translation.content,
    { reports, news: new Map() },
    {
      language: 'sv',
      isTranslated: (collection: CollectionName, id: string) =>
        translation.translated[collection].includes(id),
    },
  );
}

const translatedBody = (): RenderedBody => ({ html: '<p>Svensk text.</p>', toc: [], images: [] });

describe('a report in Swedish', () => {
  test('a translated one links its Swedish page and PDF; an untranslated one its Finnish page, marked', () => {
    const model = swedishModel(translatedBody);
    const [id] = loaded.translations.sv?.translated.reports ?? [];
    const report = model.report(id ?? '');
    if (!report) throw new Error('no translated report');
    const page = reportPage(model, report);
    expect(page.pdf).toEqual({ href: `/sv/pdf/rapporter/${report.id}.pdf` });
    expect(page.bodyLang).toBeUndefined();
    expect(page.openItemsLang).toBe('fi');
    expect(reportRow(model, report).link).toEqual({
      href: `/sv/rapporter/${report.id}/`,
      text: report.title,
    });
    const untranslated = model.content.reports.find(
      (candidate) => !model.isTranslated('reports', candidate.id),
    );
    if (!untranslated) throw new Error('every report is translated');
    expect(reportRow(model, untranslated).link).toEqual({
      href: `/raportit/${untranslated.id}/`,
      text: untranslated.title,
      lang: 'fi',
    });
  });

  test('a translation without a body shows the Finnish body and links the Finnish PDF, both marked', () => {
    const model = swedishModel(() => ({ ...translatedBody(), lang: 'fi' }));
    const [id] = loaded.translations.sv?.translated.reports ?? [];
    const page = reportPage(model, model.report(id ?? '') as NonNullable<ReturnType<SiteModel['report']>>);
    expect(page.bodyLang).toBe('fi');
    expect(page.pdf).toEqual({ href: `/pdf/raportit/${id}.pdf`, lang: 'fi' });
  });

  test('the Finnish page marks nothing', () => {
    const model = createSiteModel(loaded.content);
    const [report] = model.content.reports;
    if (!report) throw new Error('no report');
    const page = reportPage(model, report);
    expect(page.pdf).toEqual({ href: `/pdf/raportit/${report.id}.pdf` });
    expect([page.bodyLang, page.openItemsLang, page.authorLang]).toEqual([undefined, undefined, undefined]);
  });
});
