/**
 * Makes the default content's example news pictures (`content/news/kuvat/esimerkki-*.jpg`):
 * neutral shapes on a soft background, no people, places or text, so that nobody takes them for
 * photographs of the organisation. Run once; the files are content and committed.
 * `node apps/site/scripts/example-news-images.ts [content dir]`
 */
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import sharp from 'sharp';

const width = 1600;
const height = 900;

interface Example {
  name: string;
  background: [string, string];
  shapes: string;
}

const examples: Example[] = [
  {
    name: 'esimerkki-tyopaja',
    background: ['#dfe9f1', '#b9cfe0'],
    shapes: `
      <circle cx="520" cy="470" r="260" fill="#0b4f8a" fill-opacity="0.55"/>
      <circle cx="820" cy="400" r="230" fill="#2f7d6d" fill-opacity="0.5"/>
      <circle cx="1080" cy="520" r="200" fill="#f2a900" fill-opacity="0.45"/>`,
  },
  {
    name: 'esimerkki-seminaari',
    background: ['#f1ece2', '#dccfb8'],
    shapes: `
      <rect x="260" y="250" width="1080" height="90" rx="45" fill="#7a4b00" fill-opacity="0.35"/>
      <rect x="260" y="405" width="820" height="90" rx="45" fill="#0b4f8a" fill-opacity="0.4"/>
      <rect x="260" y="560" width="960" height="90" rx="45" fill="#2f7d6d" fill-opacity="0.4"/>`,
  },
  {
    name: 'esimerkki-kiinteisto',
    background: ['#e6eeea', '#c3d6cb'],
    shapes: `
      <rect x="330" y="360" width="260" height="380" fill="#2f7d6d" fill-opacity="0.55"/>
      <rect x="640" y="220" width="320" height="520" fill="#0b4f8a" fill-opacity="0.5"/>
      <rect x="1010" y="430" width="260" height="310" fill="#7a4b00" fill-opacity="0.4"/>
      <rect x="200" y="740" width="1200" height="16" fill="#1b1b1b" fill-opacity="0.35"/>`,
  },
];

function svg(example: Example): string {
  const [from, to] = example.background;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/>
    </linearGradient></defs>
    <rect width="${width}" height="${height}" fill="url(#g)"/>${example.shapes}
  </svg>`;
}

const folder = join(resolve(process.argv[2] ?? 'content'), 'news', 'kuvat');
await mkdir(folder, { recursive: true });
for (const example of examples) {
  const file = join(folder, `${example.name}.jpg`);
  await sharp(Buffer.from(svg(example)))
    .jpeg({ quality: 82, mozjpeg: true })
    .toFile(file);
  process.stdout.write(`${file}\n`);
}
