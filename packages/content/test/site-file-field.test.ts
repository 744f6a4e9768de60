import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readSiteFileField } from '../src/site-file-field.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'site-file-field-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const siteYaml = (text: string) => writeFile(join(dir, 'site.yaml'), text);

describe('readSiteFileField', () => {
  it('reads the address and the date as the schema gives them', async () => {
    await siteYaml('name: Satakunta\nurl: https://example.org/valmistelu/\nasOf: 2018-05-15\n');
    expect(readSiteFileField(dir, 'url')).toBe('https://example.org/valmistelu/');
    expect(readSiteFileField(dir, 'asOf')).toBe('2018-05-15');
  });

  it('gives none for a value the schema refuses, leaving the message to the full read', async () => {
    await siteYaml('url: ftp://example.org/\nasOf: 15.5.2018\n');
    expect(readSiteFileField(dir, 'url')).toBeUndefined();
    expect(readSiteFileField(dir, 'asOf')).toBeUndefined();
  });

  it('gives none when the file is missing, broken or not a mapping', async () => {
    expect(readSiteFileField(dir, 'url')).toBeUndefined();
    await siteYaml('url: [https://example.org/\n');
    expect(readSiteFileField(dir, 'url')).toBeUndefined();
    await siteYaml('- https://example.org/\n');
    expect(readSiteFileField(dir, 'url')).toBeUndefined();
  });
});
