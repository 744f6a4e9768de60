import { rm } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../src/load-content.ts';
import { inspectSvg } from '../src/svg-check.ts';
import { contentWithCase } from './copy-fixture.ts';

const svg = (text: string) => inspectSvg(Buffer.from(text));

describe('the logo', () => {
  it('is loaded with its size and digest for the site and the PDFs', async () => {
    const dir = await contentWithCase('valid-identity');
    try {
      const { logo, messages } = await loadContent(dir);
      expect(messages).toEqual([]);
      expect(logo).toMatchObject({ url: 'kuvat/tunnus.svg', mime: 'image/svg+xml', width: 64, height: 64 });
      expect(logo?.digest).toMatch(/^[0-9a-f]{64}$/);
      expect(Buffer.from(logo?.data ?? '', 'base64').toString('utf8')).toContain(
        '<title>Esimerkkitunnus</title>',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes its size from the viewBox, else from width and height', () => {
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 80"/>')).toEqual({
      width: 240,
      height: 80,
    });
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg" width="120px" height="40"/>')).toEqual({
      width: 120,
      height: 40,
    });
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg"/>').problem).toBe(
      'SVG-kuvalta puuttuu koko: anna viewBox tai width ja height',
    );
  });

  it('refuses what would run or load something when the file is opened on its own', () => {
    const open =
      '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 1 1">';
    expect(svg(`${open}<rect onload="x()"/></svg>`).problem).toMatch(/^sisältää määreen onload \(rivi 1\)/);
    expect(svg(`${open}<image xlink:href="https://example.com/a.png"/></svg>`).problem).toMatch(
      /^sisältää viittauksen "https:\/\/example.com\/a.png"/,
    );
    expect(svg(`${open}<style>rect { fill: url(https://x/y) }</style></svg>`).problem).toMatch(
      /ulkoisen tyylin/,
    );
    expect(svg(`${open}<foreignObject/></svg>`).problem).toMatch(/<foreignObject>-elementin/);
    expect(svg(`${open}<use href="#a"/></svg>`).problem).toBeUndefined();
  });

  it('refuses what is not an SVG drawing', () => {
    expect(svg('<html xmlns="http://www.w3.org/1999/xhtml"/>').problem).toMatch(/^ei ole SVG-kuva/);
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1">').problem).toBe(
      'SVG-kuva ei ole kelvollista XML:ää (rivi 1)',
    );
  });
});
