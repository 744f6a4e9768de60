import { z } from 'zod';
import { contrastRatio, formatContrastRatio } from '../contrast.ts';
import { textSchema } from './primitives.ts';

/** WCAG 2.1 AA for normal text (1.4.3). */
export const minimumTextContrast = 4.5;

/** White: the text on the primary colour, and the background of the links in it. */
export const onPrimary = '#ffffff';

const hexColorSchema = z
  .string()
  .trim()
  .regex(/^#[0-9a-fA-F]{6}$/, { error: 'värin pitää olla muotoa #rrggbb, esimerkiksi #0b4f6c', abort: true })
  .transform((value) => value.toLowerCase())
  // `widget`: the browser editor offers a colour picker (packages/cms).
  .meta({ examples: ['#0b4f6c'], widget: 'color' });

/**
 * The primary colour carries white text (the header, buttons) and is the colour of links and
 * headings on white: one pair, so one ratio decides both. A colour under AA is refused with the
 * ratio it has, so that no page fails axe because of the content.
 */
const primaryColorSchema = hexColorSchema
  .superRefine((value, context) => {
    const ratio = contrastRatio(onPrimary, value);
    if (ratio < minimumTextContrast)
      context.addIssue({
        code: 'custom',
        message: `pääväri ${value} on liian vaalea: valkoisen tekstin ja sen kontrasti on ${formatContrastRatio(ratio)}, vähintään 4,5:1 vaaditaan (sama koskee linkkejä valkoisella taustalla); valitse tummempi sävy`,
      });
  })
  .describe(
    'Ylätunniste, linkit, otsikot ja PDF-kansilehdet. Valkoisen tekstin pitää erottua siitä (kontrasti vähintään 4,5:1).',
  );

export const identitySchema = z.strictObject({
  /** A path inside the content folder; `@valmistelu/content` checks that the file is there and whole. */
  logo: z
    .string()
    .trim()
    .regex(
      /^[^/\\].*\.(svg|png)$/i,
      'tunnuksen pitää olla SVG- tai PNG-tiedosto sisältökansiossa, esimerkiksi kuvat/tunnus.svg',
    )
    .optional()
    .describe(
      'Organisaation tunnus (logo): SVG- tai PNG-tiedosto sisältökansiossa, esimerkiksi kuvat/tunnus.svg.',
    ),
  colors: z
    .strictObject({
      primary: primaryColorSchema,
      accent: hexColorSchema
        .optional()
        .describe(
          'Korostusväri (vapaaehtoinen): ohut raita ylätunnisteen alla ja korttien reunassa, ei tekstiä.',
        ),
    })
    .optional(),
});

export const contactSchema = z.strictObject({
  /** The logo's text alternative and the footer's first line. */
  organisation: textSchema.describe(
    'Organisaation nimi: tunnuksen tekstivastine ja alatunnisteen ensimmäinen rivi.',
  ),
  address: textSchema.optional().describe('Käyntiosoite, esimerkiksi Valtakatu 2, 28100 Pori.'),
  email: z.email().optional().describe('Yleinen sähköpostiosoite, esimerkiksi kirjaamo.'),
  phone: textSchema.optional().describe('Puhelinnumero, esimerkiksi +358 2 620 4300.'),
});

/** The colours a site without its own uses: those the site had before it could be given any. */
export const defaultColors = { primary: '#083a66' } as const;
