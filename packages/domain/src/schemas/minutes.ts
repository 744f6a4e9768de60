/**
 * Minutes (pöytäkirja) of a meeting as kuntalaki 29 § and 140 § ask for them: attendance drawn
 * from the body's composition, legality and quorum, per-§ proceedings, checkers, the public display
 * period and the appeal instructions chosen per § from templates kept with the body.
 *
 * People in the minutes are "participants": a person's id (`people.yaml`), a seat of the body's
 * composition such as "jäsen 3" or "varajäsen 3", or the name of someone listed under
 * `attendance.others`. Strings keep the YAML short; `validate-minutes.ts` resolves every one.
 */
import { z } from 'zod';
import { daySchema, daySpanSchema, idSchema, textSchema } from './primitives.ts';
import { translatable, translationKey } from './translatable.ts';

/** "13.00": the form meeting times already use. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3])\.[0-5]\d$/, 'kellonajan muoto on HH.MM, esim. 13.00')
  .describe('Kellonaika muodossa HH.MM, esim. 13.00.');

export const participantSchema = textSchema.describe(
  'Henkilön tunniste (henkilöt), kokoonpanon paikka kuten "jäsen 3" tai "varajäsen 3", tai muiden läsnäolijoiden luettelossa oleva nimi.',
);

/** A § number of the same meeting. */
const sectionNumberSchema = z.int().positive('pykälän numeron pitää olla positiivinen');

/** What kind of redress a decision allows (kuntalaki 134–136 §). */
export const appealKindSchema = z.enum(['rectification', 'appeal', 'none']);

/** An appeal instruction the minutes attach to a §, kept with the body that decides. */
export const appealTemplateSchema = z.strictObject({
  id: translationKey(idSchema).describe('Tunniste, jolla pykälä tai pöytäkirja valitsee ohjeen.'),
  kind: appealKindSchema.describe(
    'Oikaisuvaatimus (rectification), valitus (appeal) tai ei muutoksenhakuoikeutta (none).',
  ),
  title: translatable(textSchema).describe('Otsikko pöytäkirjan liitteessä, esim. Oikaisuvaatimusohje.'),
  /** Days from the service of the decision; kuntalaki 138 § and hallintolainkäyttö: 14 and 30. */
  days: z
    .int()
    .positive()
    .optional()
    .describe(
      'Muutoksenhakuaika päivinä tiedoksisaannista; oletus 14 (oikaisuvaatimus) tai 30 (valitus). Ei muutoksenhakuoikeutta -ohjeessa ei käytetä.',
    ),
  text: translatable(textSchema).describe(
    'Ohjeen koko teksti. Kun muutoksenhakuoikeutta ei ole, teksti kertoo perusteen (esim. kuntalaki 136 §: päätös koskee vain valmistelua).',
  ),
});

export const deputySchema = z.strictObject({
  seat: participantSchema.describe('Varajäsenen paikka, esim. "varajäsen 4".'),
  for: participantSchema.describe(
    'Jäsenen paikka, jonka sijaisena varajäsen oli, esim. "jäsen 4": jäsen on poissa (absent) tai saapui tai poistui kesken kokouksen (movements), jolloin varajäsen on läsnä vain jäsenen poissa ollessa.',
  ),
});

/** Someone who came late or left early: present from one § to another, inclusive. */
export const movementSchema = z.strictObject({
  who: participantSchema,
  from: sectionNumberSchema
    .optional()
    .describe('Ensimmäinen pykälä, jonka käsittelyssä hän oli läsnä (saapui kesken kokouksen).'),
  until: sectionNumberSchema
    .optional()
    .describe('Viimeinen pykälä, jonka käsittelyssä hän oli läsnä (poistui kesken kokouksen).'),
  time: clockTimeSchema.optional().describe('Saapumis- tai poistumisaika HH.MM, jos se kirjattiin.'),
});

export const otherAttendeeSchema = z.strictObject({
  who: participantSchema.describe(
    'Henkilön tunniste (henkilöt) tai nimi; nimi tai tehtävä kirjoitetaan sellaisenaan, kun henkilö ei ole henkilöluettelossa.',
  ),
  role: translatable(textSchema).describe(
    'Tehtävä kokouksessa, esim. muutosjohtaja, asiantuntija tai sihteeri.',
  ),
  sections: z
    .array(sectionNumberSchema)
    .default([])
    .describe('Pykälät, joiden käsittelyssä hän oli läsnä; tyhjä tarkoittaa koko kokousta.'),
});

export const attendanceSchema = z.strictObject({
  absent: z
    .array(participantSchema)
    .default([])
    .describe('Poissa olleet jäsenet paikkoina, esim. "jäsen 4". Muut kokoonpanon jäsenet olivat läsnä.'),
  deputies: z
    .array(deputySchema)
    .default([])
    .describe('Läsnä olleet varajäsenet ja jäsenet, joiden sijaisina he olivat.'),
  movements: z
    .array(movementSchema)
    .default([])
    .describe('Kesken kokouksen saapuneet ja poistuneet pykälittäin.'),
  others: z
    .array(otherAttendeeSchema)
    .default([])
    .describe('Muut läsnä olleet: esittelijät, asiantuntijat, sihteeri.'),
});

export const minutesSchema = z.strictObject({
  invited: daySchema.optional().describe('Päivä, jona kokouskutsu ja esityslista lähetettiin jäsenille.'),
  ended: clockTimeSchema.optional().describe('Kokouksen päättymisaika HH.MM.'),
  chair: participantSchema.describe('Kokouksen puheenjohtaja, esim. "jäsen 1" tai henkilön tunniste.'),
  secretary: participantSchema.describe(
    'Pöytäkirjanpitäjä: henkilön tunniste tai muiden läsnäolijoiden luettelossa oleva nimi.',
  ),
  attendance: attendanceSchema.prefault({}),
  checkers: z
    .array(participantSchema)
    .min(1, 'pöytäkirjalla pitää olla vähintään yksi tarkastaja')
    .describe('Pöytäkirjantarkastajat, yleensä kaksi läsnä ollutta jäsentä.'),
  checked: daySchema.describe('Päivä, jona pöytäkirja tarkastettiin; pöytäkirja julkaistaan tästä alkaen.'),
  publicDisplay: daySpanSchema.describe(
    'Nähtävilläoloaika yleisessä tietoverkossa (kuntalaki 140 §): ensimmäinen ja viimeinen päivä. Yksityishenkilöiden nimet poistetaan julkisesta verkosta sen jälkeen.',
  ),
  appeal: idSchema
    .optional()
    .describe('Toimielimen muutoksenhakuohjeen tunniste, jota käytetään pykälissä, joilla ei ole omaa.'),
});

/** A § proposal's amendment: who made it, who seconded it and what it said. */
export const amendmentSchema = z.strictObject({
  by: participantSchema.describe('Muutosehdotuksen tekijä.'),
  seconded: participantSchema.optional().describe('Ehdotuksen kannattaja; kannattamaton ehdotus raukeaa.'),
  text: translatable(textSchema).describe('Muutosehdotus sellaisenaan.'),
});

/** A vote in a §: counts always, names where the minutes record them. */
export const voteSchema = z.strictObject({
  question: translatable(textSchema).describe(
    'Äänestysesitys, esim. "Pohjaehdotusta kannattavat äänestävät JAA, jäsen 3:n muutosehdotusta EI."',
  ),
  yes: z.int().min(0).describe('JAA-äänet.'),
  no: z.int().min(0).describe('EI-äänet.'),
  blank: z.int().min(0).default(0).describe('Tyhjät äänet.'),
  yesNames: z.array(participantSchema).default([]).describe('JAA-äänestäneet, jos nimet kirjattiin.'),
  noNames: z.array(participantSchema).default([]).describe('EI-äänestäneet, jos nimet kirjattiin.'),
  blankNames: z.array(participantSchema).default([]).describe('Tyhjää äänestäneet, jos nimet kirjattiin.'),
  result: translatable(textSchema)
    .optional()
    .describe('Äänestyksen tulos sanallisesti, esim. "Pohjaehdotus voitti äänin 9–5."'),
});

export const disqualificationSchema = z.strictObject({
  who: participantSchema,
  reason: translatable(textSchema).describe(
    'Esteellisyyden peruste, esim. "HL 28 § 1 mom. 5 k (palvelussuhde)".',
  ),
});

/** An attachment other than a report, with its own text; one of them may be confidential alone. */
export const attachmentSchema = z.strictObject({
  title: translatable(textSchema).describe(
    'Liitteen otsikko; näkyy julkisesti myös salassa pidettävästä liitteestä.',
  ),
  text: translatable(textSchema).optional().describe('Liitteen teksti.'),
  confidential: translatable(textSchema)
    .optional()
    .describe(
      'Salassapitoperuste, esim. "JulkL 24 § 1 mom. 20 k". Julkisesti näkyvät vain otsikko ja peruste; teksti vain jäsenten versiossa.',
    ),
});

/**
 * The fields an agenda item gains for its minutes and its publishing; spread into
 * `agendaItemSchema` so that the agenda and the minutes are one list of §.
 */
export const agendaItemMinutesShape = {
  confidential: translatable(textSchema)
    .optional()
    .describe(
      'Salassapitoperuste, esim. "JulkL 24 § 1 mom. 25 k". Julkisesti näkyvät vain pykälän numero, otsikko ja peruste; otsikon on siksi oltava kuvaava mutta salassa pidettävää paljastamaton.',
    ),
  attachments: z.array(attachmentSchema).default([]).describe('Muut liitteet kuin raportit.'),
  privatePersons: z
    .array(textSchema)
    .default([])
    .describe(
      'Pykälän tekstien yksityishenkilöiden nimet juuri siinä muodossa kuin ne teksteissä ovat (kukin taivutusmuoto omana rivinään, esim. Maija Meikäläinen ja Maija Meikäläisen). Ne poistetaan julkiselta sivustolta muutoksenhakuajan (nähtävilläolon) päätyttyä; viranhaltijoiden ja luottamushenkilöiden nimiä ei merkitä.',
    ),
  amendments: z.array(amendmentSchema).default([]).describe('Kokouksessa tehdyt muutosehdotukset.'),
  vote: voteSchema.optional().describe('Äänestys, jos asiasta äänestettiin.'),
  disqualified: z
    .array(disqualificationSchema)
    .default([])
    .describe('Esteelliset, jotka poistuivat asian käsittelyn ajaksi.'),
  appeal: idSchema
    .optional()
    .describe('Toimielimen muutoksenhakuohjeen tunniste; ilman sitä käytetään pöytäkirjan oletusta.'),
};
