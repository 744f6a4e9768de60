/** The share cards: 1200×630 PNG, the same bytes for the same inputs, readable text colour. The identity's colours reach them through site-identity.ts. */
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { renderShareCard, shareCardSvg, textColourOn, titleLines } from '../src/lib/share-card.ts';

const input = {
  title: 'Raportit',
  siteName: 'Sote- ja maakuntauudistuksen valmistelu Satakunnassa',
  background: '#0b4f8a',
};

describe('share card', () => {
  test('a 1200×630 PNG, byte for byte the same for the same inputs, other bytes for another title', async () => {
    const first = await renderShareCard(input);
    const again = await renderShareCard({ ...input });
    expect(first.equals(again)).toBe(true);
    expect(await sharp(first).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
    expect(first.equals(await renderShareCard({ ...input, title: 'Kokoukset' }))).toBe(false);
  });

  test('the text is outlines in the card’s own font, not text for a system font to draw', () => {
    const svg = shareCardSvg(input);
    expect(svg).not.toMatch(/<text/);
    expect(svg).toMatch(/<path fill="#ffffff" d="M/);
  });

  test('the background is the primary colour and the text contrasts with it', async () => {
    const light = await renderShareCard({ ...input, background: '#f2a900' });
    const { data } = await sharp(light).raw().toBuffer({ resolveWithObject: true });
    expect([...data.subarray(0, 3)]).toEqual([0xf2, 0xa9, 0x00]);
    expect(textColourOn('#f2a900')).toBe('#1b1b1b');
    expect(textColourOn('#0b4f8a')).toBe('#ffffff');
  });

  test('the logo, when there is one, above the title', async () => {
    const red = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#d00000' } })
      .png()
      .toBuffer();
    const card = await renderShareCard({ ...input, logo: { bytes: red, mime: 'image/png' } });
    const { data, info } = await sharp(card).raw().toBuffer({ resolveWithObject: true });
    const at = (x: number, y: number) => [
      ...data.subarray((y * info.width + x) * 3, (y * info.width + x) * 3 + 3),
    ];
    expect(at(120, 110)).toEqual([0xd0, 0, 0]);
    expect(at(600, 110)).toEqual([0x0b, 0x4f, 0x8a]);
  });

  test('a long title wraps to at most three lines and ends in "…"', () => {
    const long = titleLines(`${'Maakuntauudistuksen valmistelun väliraportti '.repeat(8)}loppu`);
    expect(long.lines.length).toBe(3);
    expect(long.lines.at(-1)).toMatch(/…$/);
    expect(titleLines('Raportit')).toEqual({ lines: ['Raportit'], size: 76 });
  });
});
