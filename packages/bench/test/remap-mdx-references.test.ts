import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../src/prng.ts';
import { remapMdxReferences } from '../src/remap-mdx-references.ts';
import { shuffleParagraphs } from '../src/shuffle-paragraphs.ts';

const maps = {
  group: (id: string) => (id === 'lape' ? 'lape-k7' : id),
  report: (id: string) => `${id}-k7`,
  person: (id: string) => `${id}-k7`,
};

describe('remapMdxReferences', () => {
  it('remaps ids and owners in either quote style and keeps the rest', () => {
    const body = [
      'See <GroupRef id="lape" /> and <GroupRef id="talous" />.',
      "<ReportRef id='lape-valiraportti' />",
      '<Action due="2018-06-30" owner="mari-niemi" state="planned">Do it, id="x"</Action>',
      '<Note title="id">plain</Note>',
    ].join('\n');
    expect(remapMdxReferences(body, maps)).toBe(
      [
        'See <GroupRef id="lape-k7" /> and <GroupRef id="talous" />.',
        "<ReportRef id='lape-valiraportti-k7' />",
        '<Action due="2018-06-30" owner="mari-niemi-k7" state="planned">Do it, id="x"</Action>',
        '<Note title="id">plain</Note>',
      ].join('\n'),
    );
  });
});

describe('shuffleParagraphs', () => {
  it('keeps every paragraph with the list that follows it', () => {
    const body = '\nFirst.\n\nIntro:\n\n- a\n- b\n\nLast.\n';
    const shuffled = shuffleParagraphs(body, mulberry32(5));
    expect(
      shuffled
        .split(/\n{2,}/)
        .map((block) => block.trim())
        .sort(),
    ).toEqual(['First.', 'Intro:', '- a\n- b', 'Last.'].sort());
    expect(shuffled).toContain('Intro:\n\n- a\n- b');
  });

  it('leaves bodies with MDX elements or headings alone', () => {
    for (const body of ['\nA.\n\n<Note>\n\nB.\n\n</Note>\n', '\n## 1. Otsikko\n\nA.\n\nB.\n']) {
      expect(shuffleParagraphs(body, mulberry32(5))).toBe(body);
    }
  });
});
