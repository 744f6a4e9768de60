/**
 * A PDF's objects as qpdf reads them (`qpdf --json=2`), and `qpdf --check`. qpdf is an
 * independent reader: what it finds is what the file holds, not what pdfkit meant to write.
 */
import { spawnSync } from 'node:child_process';

/** A value in qpdf's JSON: names `/Name`, references `12 0 R`, text strings `u:…`. */
export type QpdfValue = string | number | boolean | null | QpdfValue[] | { [key: string]: QpdfValue };
export type QpdfDictionary = { [key: string]: QpdfValue };

export interface QpdfObjects {
  trailer: QpdfDictionary;
  /** The value a reference points at, or the value itself when it is not a reference. */
  resolve(value: QpdfValue | undefined): QpdfValue | undefined;
}

const reference = /^(\d+) (\d+) R$/;

export function isReference(value: QpdfValue | undefined): value is string {
  return typeof value === 'string' && reference.test(value);
}

/** A text string as qpdf writes it (`u:Tilanne`), or `undefined`. */
export function textOf(value: QpdfValue | undefined): string | undefined {
  return typeof value === 'string' && value.startsWith('u:') ? value.slice(2) : undefined;
}

export function asDictionary(value: QpdfValue | undefined): QpdfDictionary | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

export function readQpdfObjects(file: string): QpdfObjects {
  const run = spawnSync('qpdf', ['--json=2', '--json-key=qpdf', file], {
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0 && run.status !== 3) throw new Error(`qpdf --json: ${run.stderr.trim()}`);
  const [, objects] = (JSON.parse(run.stdout) as { qpdf: [unknown, Record<string, { value?: QpdfValue }>] })
    .qpdf;
  const resolve = (value: QpdfValue | undefined): QpdfValue | undefined =>
    isReference(value) ? objects[`obj:${value}`]?.value : value;
  return { trailer: asDictionary(objects.trailer?.value) ?? {}, resolve };
}

/** Each page's annotations, as dictionaries, in page order. */
export function pageAnnotations(objects: QpdfObjects): QpdfDictionary[] {
  const catalog = asDictionary(objects.resolve(objects.trailer['/Root']));
  const annotations: QpdfDictionary[] = [];
  const visit = (node: QpdfValue | undefined) => {
    const dictionary = asDictionary(objects.resolve(node));
    if (!dictionary) return;
    const kids = objects.resolve(dictionary['/Kids']);
    if (Array.isArray(kids)) for (const kid of kids) visit(kid);
    const annots = objects.resolve(dictionary['/Annots']);
    if (Array.isArray(annots))
      for (const annotation of annots) {
        const found = asDictionary(objects.resolve(annotation));
        if (found) annotations.push(found);
      }
  };
  visit(catalog?.['/Pages']);
  return annotations;
}

/** `qpdf --check`: exit 0 and no warnings means the file's structure is sound. */
export function qpdfCheck(file: string): { ok: boolean; output: string } {
  const run = spawnSync('qpdf', ['--check', file], { encoding: 'utf8' });
  const output = run.stdout + run.stderr;
  return { ok: run.status === 0 && !/WARNING/i.test(output), output };
}

/** Fonts as poppler's `pdffonts` lists them, with whether each is embedded. */
export function pdfFonts(file: string): { name: string; embedded: boolean }[] {
  const run = spawnSync('pdffonts', [file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pdffonts: ${run.stderr.trim()}`);
  return run.stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [encoding…] emb sub uni object ID: "emb" is the fifth column from the end.
      return { name: columns[0] ?? '', embedded: columns.at(-5) === 'yes' };
    });
}
