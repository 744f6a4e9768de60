/**
 * Every file of the editor at /admin/, as paths relative to that folder and their contents:
 * the page, the generated configuration, Sveltia's bundle with its CDN addresses rewritten, and
 * the locale strings, fonts and chunks it loads, all taken from the pinned npm package.
 * The site's Astro integration serves these in `pnpm dev` and writes them into the build.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire, stripTypeScriptTypes } from 'node:module';
import { dirname, join } from 'node:path';
import { collectionLayouts } from '@valmistelu/content/collections';
import { stringify } from 'yaml';
import { buildCmsConfig, type CmsConfigOptions, languagesOf, relationTargets } from './cms-config.ts';
import type { CmsField } from './cms-field.ts';
import { editorComponentData, imageComponentData } from './editor-component-data.ts';
import { finnishLocale } from './finnish-strings.ts';
import { localiseSveltia, slugFunctionName } from './localise-sveltia.ts';
import { reportStarts, reportStartsHtml, reportStartsPage } from './new-entry-defaults.ts';
import { type PreviewField, previewFieldsOf } from './preview-template.ts';
import { type SwitchPattern, switchPatterns } from './unset-switches.ts';
import { keepViewportsZoomable } from './zoomable-viewport.ts';

export type AdminFiles = Map<string, string | Uint8Array>;

const sveltiaRoot = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');

/** The Sveltia version served: the one installed, which package.json pins. */
export async function sveltiaVersion(): Promise<string> {
  const manifest = JSON.parse(await readFile(join(sveltiaRoot, 'package.json'), 'utf8')) as {
    version: string;
  };
  return manifest.version;
}

/**
 * Shown above the editor when no git host is configured: Sveltia then offers only its in-browser
 * test repository, and a writer on the public site must not believe that saving there publishes.
 */
export const testRepositoryWarning = {
  title: 'Kokeilutila: mitään täällä tallennettua ei julkaista sivustolla.',
  text: 'Sisällönhallintaa ei ole kytketty sivuston repositorioon, joten tallennukset jäävät vain tähän selaimeen. Kirjautumisen ottaa käyttöön ylläpito: koonnin ympäristöön asetetaan VALMISTELU_CMS_BACKEND (gitlab, github tai gitea) ja VALMISTELU_CMS_REPO (ohje: README, kohta ”Setting up sign-in”). Omalla koneella voi muokata sisältökansiota suoraan: aseta samat muuttujat ja aja pnpm dev.',
} as const;

const warningStyle =
  'position:fixed;inset:0 0 auto 0;z-index:1;margin:0;padding:8px 16px;background:#fff3cd;color:#3d2e00;border-bottom:2px solid #8a6d00;font:14px/1.4 system-ui,sans-serif';

/**
 * Sveltia's app and its entry editor fill the window (`.app-shell`, `.content-editor`, fixed): they
 * start below the warning instead, whose
 * height `admin-settings.js` keeps in `--kokeilutila`.
 */
const warningShellStyle = `<style>
      :is(.sui.app-shell, .content-editor) { top: var(--kokeilutila, 0px) !important; height: auto !important; bottom: 0; }
    </style>
    `;

function warningHtml(): string {
  return `<aside id="kokeilutila" aria-label="Kokeilutila" style="${warningStyle}">
      <p style="margin:0"><strong>${testRepositoryWarning.title}</strong> ${testRepositoryWarning.text}</p>
    </aside>
    `;
}

/**
 * The page. Each script carries its Subresource Integrity hash (`integrity`), as the site's own
 * scripts do: a file changed on its way from the host is not run.
 */
function editorPage(files: AdminFiles, backend: CmsConfigOptions['backend']): string {
  const integrity = (name: string) => {
    const data = files.get(name);
    if (data === undefined) throw new Error(`Sisällönhallinta: tiedosto ${name} puuttuu`);
    return `sha384-${createHash('sha384').update(data).digest('base64')}`;
  };
  return `<!doctype html>
<html lang="fi">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <title>Sisällönhallinta</title>
    ${backend.name === 'test-repo' ? warningShellStyle : ''}<script src="admin-settings.js" integrity="${integrity('admin-settings.js')}"></script>
  </head>
  <body>
    ${backend.name === 'test-repo' ? warningHtml() : ''}<script src="sveltia-cms.js" integrity="${integrity('sveltia-cms.js')}"></script>
    <script type="module" src="start.js" integrity="${integrity('start.js')}"></script>
  </body>
</html>
`;
}

/**
 * Runs before Sveltia: the editor starts only after our components are registered, in Finnish
 * unless the writer has chosen another language in its settings, and stays zoomable
 * (`zoomable-viewport.ts`).
 */
const settingsScript = `window.CMS_MANUAL_INIT = true;
try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'fi' }));
} catch {
  // Without storage the editor follows the browser's language.
}
(${keepViewportsZoomable.toString()})(document);
addEventListener('DOMContentLoaded', () => {
  const warning = document.getElementById('kokeilutila');
  if (!warning) return;
  const place = () =>
    document.documentElement.style.setProperty('--kokeilutila', \`\${warning.offsetHeight}px\`);
  new ResizeObserver(place).observe(warning);
  place();
});
`;

/**
 * What the editor needs beyond its configuration: the site's own stylesheets (addresses from the
 * site's root) for the preview, so that it reads like the page the entry becomes.
 */
export interface AdminFileOptions extends CmsConfigOptions {
  previewStyles?: readonly string[];
}

/**
 * With the site's stylesheets Sveltia draws the preview in a frame whose body holds the fields
 * directly, edge to edge: this gives it the page's column (`main` in the site's `site.css`), its
 * margins and its line length, so the preview reads like the published page.
 */
export const previewPageStyle = `body {
  max-width: var(--measure, 72rem);
  margin: 0 auto;
  padding: var(--spacing-m, 1.5rem) var(--spacing-s, 1rem) var(--spacing-2-xl, 3rem);
}
body :where(p, li, dd, blockquote, figcaption) {
  max-width: var(--measure-text, 75ch);
}
article > section > :is(h2, h3):first-child,
article > section > section > h3:first-child {
  font-size: 1rem;
  margin: var(--spacing-s, 1rem) 0 var(--spacing-3-xs, 0.25rem);
}
`;

interface StartData {
  components: unknown;
  image: unknown;
  switches: Record<string, SwitchPattern[]>;
  previews: Record<string, PreviewField[]>;
  previewStyles?: readonly string[];
}

function startScript({ components, image, switches, previews, previewStyles = [] }: StartData): string {
  return `import { editorComponent, imageComponent } from './editor-components.js';
import { entrySlug } from './slug.js';
import { formatFinnishDate } from './dates.js';
import { withoutUnsetSwitches } from './unset-switches.js';
import { previewTemplate } from './preview-template.js';

globalThis.${slugFunctionName} = entrySlug;
window.CMS.registerEventListener({
  name: 'preSave',
  handler: withoutUnsetSwitches(${JSON.stringify(switches)}),
});

const components = ${JSON.stringify(components, null, 2)};
for (const data of components) window.CMS.registerEditorComponent(editorComponent(data, formatFinnishDate));
window.CMS.registerEditorComponent(imageComponent(${JSON.stringify(image, null, 2)}));
for (const style of ${JSON.stringify(previewStyles)}) window.CMS.registerPreviewStyle(style);
${previewStyles.length ? `window.CMS.registerPreviewStyle(${JSON.stringify(previewPageStyle)}, { raw: true });\n` : ''}const previews = ${JSON.stringify(previews, null, 2)};
for (const [name, fields] of Object.entries(previews))
  window.CMS.registerPreviewTemplate(name, previewTemplate(fields, formatFinnishDate, window.h));
window.CMS.init();
`;
}

let localisedBundle: Promise<string> | undefined;

async function localisedSveltia(): Promise<string> {
  const source = await readFile(join(sveltiaRoot, 'dist/sveltia-cms.js'), 'utf8');
  const result = localiseSveltia(source);
  if (!result.ok) {
    throw new Error(
      `Sveltia CMS ${await sveltiaVersion()}: näitä osoitteita ei löytynyt paikallisiksi vaihdettaviksi: ${result.missing.join(', ')}`,
    );
  }
  return result.text;
}

/** Fonts the rewritten bundle asks for, from the files Sveltia's npm build ships with hashes. */
async function fontFiles(bundle: string): Promise<AdminFiles> {
  const assets = join(sveltiaRoot, 'npm/assets');
  const names = await readdir(assets);
  const files: AdminFiles = new Map();
  for (const [, wanted] of bundle.matchAll(/fonts\/([a-z0-9-]+\.woff2)/g)) {
    if (!wanted || files.has(`fonts/${wanted}`)) continue;
    const stem = wanted.slice(0, -'.woff2'.length);
    const found = names.find((name) => name.startsWith(`${stem}-`) && name.endsWith('.woff2'));
    if (!found) throw new Error(`Sveltia CMS: fonttia ${wanted} ei löydy paketista`);
    files.set(`fonts/${wanted}`, await readFile(join(assets, found)));
  }
  for (const name of names.filter((candidate) => candidate.endsWith('.LICENSE.txt'))) {
    files.set(`fonts/${name}`, await readFile(join(assets, name)));
  }
  return files;
}

async function localeFiles(multilingual: boolean): Promise<AdminFiles> {
  const folder = join(sveltiaRoot, 'locales');
  const names = (await readdir(folder)).filter((name) => name.endsWith('.json'));
  return new Map(
    await Promise.all(
      names.map(async (name) => {
        const file = join(folder, name);
        const data =
          name === 'fi.json'
            ? finnishLocale(await readFile(file, 'utf8'), { multilingual })
            : await readFile(file);
        return [`locales/${name}`, data] as const;
      }),
    ),
  );
}

/**
 * A module of this package as the browser runs it: Node's own type stripping, the same that
 * loads it here. Node announces that API as experimental on every build; that one notice is
 * silenced, as the call is synchronous nothing else is.
 */
async function browserModule(file: string): Promise<string> {
  const source = await readFile(new URL(import.meta.resolve(file)), 'utf8');
  const emitWarning = process.emitWarning;
  process.emitWarning = () => undefined;
  try {
    return stripTypeScriptTypes(source);
  } finally {
    process.emitWarning = emitWarning;
  }
}

function editorConfig(options: CmsConfigOptions): Record<string, unknown> {
  const targets = relationTargets(options.layouts ?? collectionLayouts);
  // The image component replaces Sveltia's own, under its id.
  const components = [...editorComponentData(targets).map((component) => component.id), 'image'];
  return buildCmsConfig({ ...options, editorComponents: components });
}

/** The configuration alone, as YAML: what `/admin/config.yml` serves. */
export function cmsConfigYaml(options: CmsConfigOptions): string {
  return stringify(editorConfig(options), { aliasDuplicateObjects: false, lineWidth: 0 });
}

type ConfigCollection = { name: string; fields?: CmsField[]; files?: { fields: CmsField[] }[] };

/** The preview of each collection of items (`preview-template.ts`); list files keep Sveltia's. */
export function previewsByCollection(config: Record<string, unknown>): Record<string, PreviewField[]> {
  const collections = config.collections as ConfigCollection[];
  return Object.fromEntries(
    collections.flatMap((collection) =>
      collection.fields ? [[collection.name, previewFieldsOf(collection.fields)]] : [],
    ),
  );
}

/** Each collection's switches, for the `preSave` hook (`unset-switches.ts`). */
export function switchesByCollection(config: Record<string, unknown>): Record<string, SwitchPattern[]> {
  const collections = config.collections as ConfigCollection[];
  return Object.fromEntries(
    collections.map((collection) => {
      const fields = collection.fields ?? collection.files?.flatMap((file) => file.fields) ?? [];
      return [collection.name, switchPatterns(fields)];
    }),
  );
}

/**
 * Immutable.js, which Sveltia loads from unpkg for its event hooks (the `preSave` hook above):
 * served at the address the rewritten bundle asks for (`./unpkg/immutable@<version>/…`), from the
 * copy the pinned `@sveltia/cms` package depends on.
 */
async function immutableFile(bundle: string): Promise<[string, Uint8Array]> {
  const version = /immutable:`\^?(\d+\.\d+\.\d+)`/.exec(bundle)?.[1];
  if (!version) throw new Error('Sveltia CMS: Immutable.js-kirjaston versiota ei löydy paketista');
  const file = createRequire(join(sveltiaRoot, 'package.json')).resolve('immutable/dist/immutable.es.js');
  return [`unpkg/immutable@${version}/dist/immutable.es.js`, await readFile(file)];
}

export async function adminFiles(options: AdminFileOptions): Promise<AdminFiles> {
  localisedBundle ??= localisedSveltia();
  const bundle = await localisedBundle;
  const targets = relationTargets(options.layouts ?? collectionLayouts);
  const config = editorConfig(options);
  const files: AdminFiles = new Map<string, string | Uint8Array>([
    ['admin-settings.js', settingsScript],
    ['config.yml', stringify(config, { aliasDuplicateObjects: false, lineWidth: 0 })],
    ['sveltia-cms.js', bundle],
    ['chunks/react-dom.js', await readFile(join(sveltiaRoot, 'dist/chunks/react-dom.js'))],
    ['sveltia-cms-version.json', JSON.stringify({ version: await sveltiaVersion() })],
    // Read as "status unknown": the editor never asks the hosts' status pages.
    ['backend-status.json', '{}'],
    ['editor-components.js', await browserModule('./editor-components.ts')],
    ['slug.js', await browserModule('@valmistelu/domain/slug')],
    ['dates.js', await browserModule('@valmistelu/domain/dates')],
    ['unset-switches.js', await browserModule('./unset-switches.ts')],
    ['preview-template.js', await browserModule('./preview-template.ts')],
    await immutableFile(bundle),
    [
      'start.js',
      startScript({
        components: editorComponentData(targets, options.content),
        image: imageComponentData,
        switches: switchesByCollection(config),
        previews: previewsByCollection(config),
        ...(options.previewStyles && { previewStyles: options.previewStyles }),
      }),
    ],
    ...(options.content
      ? [[reportStartsPage, reportStartsHtml(reportStarts(options.content))] as const]
      : []),
    ...(await fontFiles(bundle)),
    ...(await localeFiles(languagesOf(options).length > 1)),
  ]);
  files.set('index.html', editorPage(files, options.backend));
  return files;
}
