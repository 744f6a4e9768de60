/**
 * pdfmake's, pdfkit's and fontkit's internals are reached only through `src/internals/`, and an
 * upgrade that changes them fails at start-up, naming the file to revisit. The wrappers are
 * installed here on fake classes with the same methods as pdfmake's (never on pdfmake's own), one
 * method renamed at a time.
 */
import { type Dirent, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { installInternals } from '../src/internals/install.ts';
import { installedVersions, type PdfmakeClasses, pdfmakeClasses } from '../src/internals/upstream.ts';
import { writtenFor } from '../src/internals/versions.ts';

type Members = Record<string, unknown>;

/** Every method name on `prototype`'s chain, up to (not including) Object.prototype. */
function methodNames(prototype: object | null): Set<string> {
  const names = new Set<string>();
  for (let level = prototype; level && level !== Object.prototype; level = Object.getPrototypeOf(level)) {
    for (const name of Object.getOwnPropertyNames(level)) {
      if (name !== 'constructor' && typeof Object.getOwnPropertyDescriptor(level, name)?.value === 'function')
        names.add(name);
    }
  }
  return names;
}

/** A class named and shaped like `real` (its methods and statics), with no-op methods. */
function fakeOf(real: { name: string; prototype: object }): { name: string; prototype: object } {
  const fake = { [real.name]: class {} }[real.name] as unknown as { name: string; prototype: Members };
  for (const name of methodNames(real.prototype)) fake.prototype[name] = () => undefined;
  for (const name of Object.getOwnPropertyNames(real)) {
    if (typeof (real as unknown as Members)[name] === 'function')
      (fake as unknown as Members)[name] = () => undefined;
  }
  return fake;
}

/** Fakes of pdfmake's classes, with `method` of `className` renamed when given. */
function fakeClasses(rename?: { className: keyof PdfmakeClasses; method: string; statics?: boolean }) {
  const fakes = Object.fromEntries(
    Object.entries(pdfmakeClasses()).map(([name, real]) => [name, fakeOf(real)]),
  ) as unknown as PdfmakeClasses;
  if (rename) {
    const fake = fakes[rename.className];
    const owner = (rename.statics ? fake : fake.prototype) as Members;
    expect(owner[rename.method]).toBeTypeOf('function');
    owner[`${rename.method}Renamed`] = owner[rename.method];
    delete owner[rename.method];
  }
  return fakes;
}

const install = (classes: PdfmakeClasses, versions = writtenFor) =>
  installInternals({
    classes,
    versions,
    fontPaths: [],
    virtualfs: { writeFileSync: () => undefined },
    headingStyles: {},
  });

describe('start-up with a renamed method', () => {
  test('fakes with every method installs (the control for the cases below)', () => {
    const classes = fakeClasses();
    install(classes);
    // Installed: pdfmake's method on the fake is now the wrapper.
    expect((classes.LayoutBuilder.prototype as Members).buildNextLine).toHaveProperty(
      'name',
      'buildNextLine',
    );
  });

  test.each([
    ['LayoutBuilder', 'buildNextLine', false, 'linear-text-layout.ts'],
    ['TextInlines', 'buildInlines', false, 'linear-text-layout.ts'],
    ['Line', 'addInline', false, 'linear-text-layout.ts'],
    ['TextInlines', 'measure', false, 'measure-style-lookup.ts'],
    ['StyleContextStack', 'getStyleProperty', true, 'measure-style-lookup.ts'],
    ['PDFDocument', 'provideFont', false, 'width-cache.ts'],
    ['PDFDocument', 'ref', false, 'batched-stream-writes.ts'],
    ['PDFDocument', '_addInfo', false, 'xmp-info-escape.ts'],
    ['DocMeasure', 'measureLeaf', false, 'measure-once.ts'],
    ['SVGMeasure', 'writeDimensions', false, 'svg-measure-once.ts'],
    ['PDFDocument', 'font', false, 'font-aliases.ts'],
    ['LayoutBuilder', 'layoutDocument', false, 'early-page-breaks.ts'],
    ['LayoutBuilder', 'processNode', false, 'early-page-breaks.ts'],
    ['LayoutBuilder', 'addBackground', false, 'tagging/layout-hooks.ts'],
    ['ElementWriter', 'addFragment', false, 'tagging/layout-hooks.ts'],
    ['Renderer', 'renderLine', false, 'tagging/render-hooks.ts'],
    ['TextDecorator', 'drawDecorations', false, 'tagging/render-hooks.ts'],
  ] as const)('%s.%s missing: fails naming %s', (className, method, statics, file) => {
    const classes = fakeClasses({ className, method, statics });
    const where = statics ? className : `${className}.prototype`;
    expect(() => install(classes)).toThrow(
      `${where} has no method ${method}: pdfmake, pdfkit or fontkit changed; revisit packages/pdf/src/internals/${file}`,
    );
  });

  test('initFonts missing (pdfkit): fails naming shared-fonts.ts', async () => {
    // shared-fonts.ts installs once per process; a fresh copy of its state is what start-up sees.
    const classes = fakeClasses({ className: 'PDFDocument', method: 'initFonts' });
    const key = Symbol.for('valmistelu.sharedFonts');
    const holder = globalThis as Record<symbol, unknown>;
    const saved = holder[key];
    delete holder[key];
    try {
      expect(() => install(classes)).toThrow(
        'PDFDocument.prototype has no method initFonts: pdfmake, pdfkit or fontkit changed; revisit packages/pdf/src/internals/shared-fonts.ts',
      );
    } finally {
      holder[key] = saved;
    }
  });
});

describe('start-up with other versions installed', () => {
  test('the installed versions are the ones the wrappers were written for', () => {
    expect(installedVersions()).toEqual(writtenFor);
  });

  test('another pdfmake fails before anything is wrapped, naming the files to revisit', () => {
    const classes = fakeClasses();
    const before = (classes.LayoutBuilder.prototype as Members).buildNextLine;
    expect(() => install(classes, { ...writtenFor, pdfmake: '0.3.12' })).toThrow(
      `pdfmake 0.3.12 is installed, the wrappers of its internals were written for ${writtenFor.pdfmake}: revisit packages/pdf/src/internals/linear-text-layout.ts`,
    );
    expect((classes.LayoutBuilder.prototype as Members).buildNextLine).toBe(before);
  });

  test('another fontkit names shared-fonts.ts', () => {
    expect(() => install(fakeClasses(), { ...writtenFor, fontkit: '2.1.0' })).toThrow(
      /^fontkit 2\.1\.0 is installed, .*: revisit packages\/pdf\/src\/internals\/shared-fonts\.ts, then packages\/pdf\/src\/internals\/versions\.ts$/,
    );
  });
});

const repository = path.resolve(import.meta.dirname, '../../..');
const internals = path.join(repository, 'packages/pdf/src/internals');

/**
 * Source files of every package and app, outside `node_modules`, which is never entered: builds
 * in other packages' tests create and remove their scratch folders there meanwhile. A folder
 * removed while it is read (another build's output) holds no sources.
 */
function sourceFiles(folder: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw problem;
  }
  return entries.flatMap((entry) => {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(file);
    return entry.isFile() && /\.(ts|mts|js|mjs|astro|svelte)$/.test(entry.name) ? [file] : [];
  });
}

/** The file's text, or undefined when it was removed after it was listed (as above). */
function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (problem) {
    if ((problem as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw problem;
  }
}

test('no module outside src/internals reaches into pdfmake, pdfkit or fontkit', () => {
  const roots = ['packages', 'apps', 'scripts', 'tests'].map((root) => path.join(repository, root));
  const files = roots.flatMap(sourceFiles).filter((file) => !file.startsWith(`${internals}${path.sep}`));
  expect(files.length).toBeGreaterThan(100);
  const offences: string[] = [];
  for (const file of files) {
    // This test names what it looks for.
    if (file === import.meta.filename) continue;
    const source = readIfPresent(file);
    if (source === undefined) continue;
    const relative = path.relative(repository, file);
    // A file path inside one of the packages, e.g. 'pdfmake/js/LayoutBuilder.js'.
    if (/['"`](pdfmake|pdfkit|fontkit)\//.test(source))
      offences.push(`${relative}: a path inside the package`);
    // Resolving or requiring one by hand, the first step to their unexported files.
    if (/(\b(resolve|require\w*)|\))\(\s*['"`](pdfmake|pdfkit|fontkit)['"`]/.test(source))
      offences.push(`${relative}: resolves or requires the package by hand`);
    // One of pdfmake's files, as a path relative to its entry point.
    if (
      /['"`]\.\/(LayoutBuilder|ElementWriter|Renderer|PDFDocument|TextDecorator|TextInlines|Line|StyleContextStack)\.js['"`]/.test(
        source,
      )
    )
      offences.push(`${relative}: a file of pdfmake's by path`);
    // Their private fields and methods.
    const privates = source.match(/\b(_inlines|_table|_glyphs|_addInfo|initFonts|buildNextLine)\b/g);
    if (privates) offences.push(`${relative}: ${[...new Set(privates)].join(', ')}`);
  }
  expect(offences).toEqual([]);
});
