/** Sveltia's bundle with its CDN addresses rewritten to files of the site's own /admin/. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adminFiles } from '../src/admin-files.ts';
import { localiseSveltia, slugFunctionName, thirdPartyFetchedAddresses } from '../src/localise-sveltia.ts';

const sveltiaRoot = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');

describe('localiseSveltia', () => {
  test('leaves no address of a CDN or status page in the installed bundle', async () => {
    const source = await readFile(join(sveltiaRoot, 'dist/sveltia-cms.js'), 'utf8');
    const present = (text: string) => thirdPartyFetchedAddresses.filter((address) => text.includes(address));
    expect(present(source)).toEqual(thirdPartyFetchedAddresses);
    const result = localiseSveltia(source);
    if (!result.ok) throw new Error(result.missing.join(', '));
    expect(present(result.text)).toEqual([]);
    expect(result.text).toContain('`./locales`');
  });

  test('names every address it could not find, so an upgrade that moved one fails the build', () => {
    const result = localiseSveltia('const locales = "somewhere else";');
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.missing).toContain('käännösten osoite (unpkg)');
  });

  test('every file the rewritten bundle asks for is served', async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' } });
    const bundle = String(files.get('sveltia-cms.js'));
    const fonts = [...bundle.matchAll(/fonts\/([a-z0-9-]+\.woff2)/g)].map((match) => `fonts/${match[1]}`);
    expect(fonts.length).toBeGreaterThanOrEqual(3);
    for (const font of fonts) expect((files.get(font) as Uint8Array).byteLength).toBeGreaterThan(1000);
    const finnish = JSON.parse(String(files.get('locales/fi.json'))) as Record<string, unknown>;
    expect(Object.keys(finnish).length).toBeGreaterThan(10);
    const version = JSON.parse(String(files.get('sveltia-cms-version.json'))) as { version: string };
    const manifest = JSON.parse(await readFile(join(sveltiaRoot, 'package.json'), 'utf8')) as {
      version: string;
    };
    expect(version.version).toBe(manifest.version);
    expect(files.has('chunks/react-dom.js')).toBe(true);
  });

  test("names a file with the domain's rule: the bundle calls the start script's entrySlug", async () => {
    const files = await adminFiles({ backend: { name: 'test-repo' } });
    const bundle = String(files.get('sveltia-cms.js'));
    expect(bundle.match(new RegExp(`globalThis\\.${slugFunctionName}\\(`, 'g'))).toHaveLength(1);
    expect(String(files.get('start.js'))).toContain(`globalThis.${slugFunctionName} = entrySlug;`);
    const served = `data:text/javascript;base64,${Buffer.from(String(files.get('slug.js'))).toString('base64')}`;
    const { entrySlug } = (await import(served)) as { entrySlug: (title: string) => string };
    expect(entrySlug('Kesäkatsaus valmistelun etenemisestä')).toBe('kesakatsaus-valmistelun-etenemisesta');
  });

  test('offers no dialog for creating a related item beside a relation field', async () => {
    const source = await readFile(join(sveltiaRoot, 'dist/sveltia-cms.js'), 'utf8');
    const check = /(\w+)=\(\{fieldConfig:\{collection:\w+,file:\w+\},draft:\w+\}\)=>\{(.{0,40})/;
    expect(check.exec(source)?.[2]).toMatch(/^if\(/);
    const result = localiseSveltia(source);
    if (!result.ok) throw new Error(result.missing.join(', '));
    // The check that offers the dialog answers "no collection" before it looks at any.
    expect(check.exec(result.text)?.[2]).toMatch(/^return;/);
  });
});
