/**
 * The fixed wording of the documents (the minutes, their sentences, the meeting pack, the pages'
 * footers) in each language: one table, so that a Swedish document differs from the Finnish one
 * only in the words it takes from here and in the texts of the translated content. The Finnish
 * entries are the wording the documents have always had: changing one changes every published
 * Finnish PDF.
 */
import { formatFinnishDate, formatFinnishSpan } from './dates.ts';
import { actionStateLabels, reportKindLabels, reportStateLabels } from './labels.ts';
import { formatSwedishDate } from './localized-dates.ts';
import type { AppealTemplate } from './minutes.ts';
import type { Language, ReportKind, ReportState } from './schema.ts';

export interface DocumentWords {
  /** A day as the language writes it. */
  date(date: string): string;
  /** A span of days, one date when they are the same. */
  span(start: string, end: string): string;
  /** " klo 13.00" after a date. */
  at(time: string): string;
  /** "sivu 2 / 5" in a footer. */
  page(current: number, count: number): string;
  /** Printed under material written to show the features. */
  exampleNotice: string;
  notPublic: string;
  /** The footer's prefix in the members' edition, before the document's name. */
  membersEdition: string;
  /** The "and" of a list of names. */
  and: string;
  minutes: MinutesWords;
  pack: PackWords;
  charts: ChartDocumentWords;
  report: ReportDocumentWords;
}

/** A group report's PDF and the fixed texts its body's building blocks add. */
export interface ReportDocumentWords {
  facts: {
    group: string;
    line: string;
    kind: string;
    period: string;
    due: string;
    state: string;
    submitted: string;
    author: string;
    online: string;
  };
  kinds: Record<ReportKind, string>;
  states: Record<ReportState, string>;
  summary: string;
  contents: string;
  openItems: string;
  unreadable: string;
  action: { label: string; owner: string; due: string; state: string };
  actionStates: Record<'planned' | 'in-progress' | 'done', string>;
  /** A `<Note>` without a title. */
  note: string;
  footnotes: string;
}

/** The organisation chart's and the timelines' own PDFs. */
export interface ChartDocumentWords {
  organisation: string;
  /** In the metadata's subject: "…: organisaatiokaavio". */
  organisationSubject: string;
  asOf(date: string): string;
  bodies: string;
  linesAndGroups: string;
  /** After a line in the listing: " – muutosjohtaja N.N.". */
  changeDirector(name: string): string;
  /** In a line's box of the chart: "Muutosjohtaja N.N.". */
  director(name: string): string;
  /** A composition without roles: "9 + 2 jäsentä". */
  members(counts: string): string;
  timelineSubject: string;
  asTable(title: string): string;
  source(source: string): string;
  columns: { item: string; when: string; note: string };
  flags: { continuous: string; estimate: string; tentative: string };
}

/** The meeting pack's own wording; what it shares with the minutes is in `minutes`. */
export interface PackWords {
  /** In the document's title: "kokousaineisto 4/2018". */
  name: string;
  kicker: string;
  secretary: string;
  decisionsAsked: string;
  noDecisionsAsked: string;
  /** "Liite 2", the number of a report attached. */
  attachment(number: number): string;
  /** ", s. " before the page of an attachment in the agenda table; ", sivu " in an item. */
  pageShort: string;
  pageLong: string;
  itemColumn: string;
  pageColumn: string;
  itemOnline: string;
  summary: string;
  attachments: string;
  contents: string;
  agenda: string;
  items: string;
  status: string;
  actions: string;
  itemsHeader: string;
  timeline: string;
  organisation: string;
  organisationHeader: string;
}

export interface MinutesWords {
  /** The document's name in a running text: "pöytäkirja". */
  name: string;
  /** The cover's kicker and the running header's right part. */
  kicker: string;
  header: string;
  meeting: string;
  facts: { time: string; place: string; chair: string; secretary: string; display: string; online: string };
  attendance: string;
  attendanceColumns: { role: string; note: string };
  attendanceGroups: { members: string; deputies: string; others: string; absent: string };
  noAttendance: string;
  legalityHeading: string;
  notYetDrawnUp: string;
  checkingHeading: string;
  sections: string;
  confidential(basis: string): string;
  notPublicProceedings: string;
  presenter: string;
  attachment: string;
  proposal: string;
  decision: string;
  signatures: string;
  roles: { chair: string; secretary: string; checker: string; member: string };
  deputyFor(name: string): string;
  withSecretary(role: string): string;
  checkedOn(date: string): string;
  appeals: string;
  appealsPreamble: string;
  appealFacts: { concerns: string; kind: string; lastDay: string };
  appealKinds: Record<AppealTemplate['kind'], string>;
  appealLine(title: string, lastDay: string | undefined): string;
  /** `§ 9`, `§:t 9–10`: the plural sign of a list of sections. */
  sectionsSign: string;
  arrived(section: number, time: string): string;
  left(section: number, time: string): string;
  /** " (klo 13.15)" after a movement. */
  movementTime(time: string): string;
  invited(date: string): string;
  presence(present: number, seats: number): string;
  quorate: string;
  notQuorate: string;
  checking(names: string, date: string): string;
  display(span: string, url: string): string;
  disqualified(name: string, reason: string): string;
  proposed(name: string, text: string): string;
  seconded(name: string): string;
  notSeconded: string;
  voteQuestion(question: string): string;
  voteCount(yes: number, no: number, blank: number): string;
  voteLabels: { yes: string; no: string; blank: string };
}

const fi: DocumentWords = {
  date: formatFinnishDate,
  span: formatFinnishSpan,
  at: (time) => ` klo ${time}`,
  page: (current, count) => `sivu ${current} / ${count}`,
  exampleNotice: 'Esimerkkiaineisto: ei valmisteluorganisaation päätös.',
  notPublic: 'EI JULKINEN',
  membersEdition: 'EI JULKINEN – jäsenten versio',
  and: 'ja',
  minutes: {
    name: 'pöytäkirja',
    kicker: 'PÖYTÄKIRJA',
    header: 'Pöytäkirja',
    meeting: 'Kokous',
    facts: {
      time: 'Aika',
      place: 'Paikka',
      chair: 'Puheenjohtaja',
      secretary: 'Pöytäkirjanpitäjä',
      display: 'Nähtävillä',
      online: 'Verkossa',
    },
    attendance: 'Läsnäolo',
    attendanceColumns: { role: 'Tehtävä', note: 'Huomautus' },
    attendanceGroups: {
      members: 'Jäsenet',
      deputies: 'Varajäsenet',
      others: 'Muut läsnä olleet',
      absent: 'Poissa',
    },
    noAttendance: 'Läsnäoloa ei ole kirjattu.',
    legalityHeading: 'Laillisuus ja päätösvaltaisuus',
    notYetDrawnUp: 'Pöytäkirjaa ei ole vielä laadittu.',
    checkingHeading: 'Pöytäkirjan tarkastus ja nähtävilläolo',
    sections: 'Käsitellyt asiat',
    confidential: (basis) => `Salassa pidettävä (${basis})`,
    notPublicProceedings: 'Asian käsittelyn tiedot eivät ole julkisia.',
    presenter: 'Esittelijä',
    attachment: 'Liite',
    proposal: 'Päätösehdotus',
    decision: 'Päätös',
    signatures: 'Allekirjoitukset',
    roles: {
      chair: 'Puheenjohtaja',
      secretary: 'Pöytäkirjanpitäjä',
      checker: 'Pöytäkirjantarkastaja',
      member: 'jäsen',
    },
    deputyFor: (name) => `varajäsen, sijaisena: ${name}`,
    withSecretary: (role) => `${role}, pöytäkirjanpitäjä`,
    checkedOn: (date) => `Pöytäkirja on tarkastettu ja hyväksytty ${date}.`,
    appeals: 'Muutoksenhakuohjeet',
    appealsPreamble:
      'Pöytäkirjan liite kuntalain 140 §:n mukaisesti. Kunnan jäsenen katsotaan saaneen tiedon päätöksestä seitsemän päivän kuluttua siitä, kun pöytäkirja on asetettu nähtäväksi yleiseen tietoverkkoon.',
    appealFacts: { concerns: 'Koskee', kind: 'Laji', lastDay: 'Viimeinen päivä' },
    appealKinds: {
      rectification: 'Oikaisuvaatimus',
      appeal: 'Valitus',
      none: 'Ei muutoksenhakuoikeutta',
    },
    appealLine: (title, lastDay) =>
      `Muutoksenhaku: ${title}${lastDay ? `, viimeinen päivä ${lastDay}` : ''} (liite Muutoksenhakuohjeet).`,
    sectionsSign: '§:t',
    arrived: (section, time) => `saapui ennen § ${section}:n käsittelyä${time}`,
    left: (section, time) => `poistui § ${section}:n käsittelyn jälkeen${time}`,
    movementTime: (time) => ` (klo ${time})`,
    invited: (date) => `Kokouskutsu ja esityslista lähetettiin jäsenille ${date}. `,
    presence: (present, seats) =>
      `Läsnä oli ${present} toimielimen ${seats} jäsenestä tai heidän varajäsenistään; päätösvaltaisuuteen vaaditaan yli puolet jäsenistä.`,
    quorate: 'Kokous todettiin laillisesti koolle kutsutuksi ja päätösvaltaiseksi.',
    notQuorate: 'Kokous ei ollut päätösvaltainen.',
    checking: (names, date) =>
      `Pöytäkirjan tarkastajiksi valittiin ${names}. Pöytäkirja tarkastettiin ${date}.`,
    display: (span, url) =>
      `Pöytäkirja on nähtävillä yleisessä tietoverkossa ${span} osoitteessa ${url}. Yksityishenkilöiden nimet poistetaan verkosta nähtävilläoloajan päätyttyä.`,
    disqualified: (name, reason) =>
      `${name} ilmoitti olevansa esteellinen (${reason}) eikä osallistunut asian käsittelyyn.`,
    proposed: (name, text) => `${name} ehdotti: ”${text}”`,
    seconded: (name) => ` ${name} kannatti ehdotusta.`,
    notSeconded: ' Ehdotus raukesi kannattamattomana.',
    voteQuestion: (question) => `Puheenjohtaja esitti äänestettäväksi: ${question}`,
    voteCount: (yes, no, blank) =>
      `Äänestyksessä annettiin ${yes} JAA-ääntä, ${no} EI-ääntä${blank ? ` ja ${blank} tyhjää` : ''}.`,
    voteLabels: { yes: 'JAA', no: 'EI', blank: 'Tyhjää' },
  },
  pack: {
    name: 'kokousaineisto',
    kicker: 'KOKOUSAINEISTO',
    secretary: 'Sihteeri',
    decisionsAsked: 'Päätettävät asiat',
    noDecisionsAsked: 'Kokouksessa ei ole päätösehdotuksia.',
    attachment: (number) => `Liite ${number}`,
    pageShort: ', s. ',
    pageLong: ', sivu ',
    itemColumn: 'Asia',
    pageColumn: 'Sivu',
    itemOnline: 'Asia verkossa',
    summary: 'Tiivistelmä',
    attachments: 'Liitteet',
    contents: 'Sisällys',
    agenda: 'Esityslista',
    items: 'Kokouksen asiat',
    status: 'Valmisteluryhmien tilannekatsaus',
    actions: 'Avoimet toimenpiteet',
    itemsHeader: 'Asiat, tilannekatsaus ja toimenpiteet',
    timeline: 'Aikataulu',
    organisation: 'Valmisteluorganisaatio',
    organisationHeader: 'Organisaatio',
  },
  charts: {
    organisation: 'Valmisteluorganisaatio',
    organisationSubject: 'organisaatiokaavio',
    asOf: (date) => `Tilanne ${formatFinnishDate(date)}`,
    bodies: 'Toimielimet',
    linesAndGroups: 'Toimintalinjat ja valmisteluryhmät',
    changeDirector: (name) => ` – muutosjohtaja ${name}`,
    director: (name) => `Muutosjohtaja ${name}`,
    members: (counts) => `${counts} jäsentä`,
    timelineSubject: 'aikataulu',
    asTable: (title) => `${title} taulukkona`,
    source: (source) => `Lähde: ${source}`,
    columns: { item: 'Vaihe tai tehtävä', when: 'Ajankohta', note: 'Huomautus' },
    flags: { continuous: 'koko ajan', estimate: 'arvio', tentative: 'epävarma' },
  },
  report: {
    facts: {
      group: 'Valmisteluryhmä',
      line: 'Toimintalinja',
      kind: 'Raportti',
      period: 'Raportointijakso',
      due: 'Määräaika',
      state: 'Tila',
      submitted: 'Jätetty',
      author: 'Laatija',
      online: 'Verkossa',
    },
    kinds: reportKindLabels,
    states: reportStateLabels,
    summary: 'Tiivistelmä',
    contents: 'Sisällys',
    openItems: 'Avoimet kysymykset',
    unreadable: 'Raportin tekstiä ei voitu lukea: katso komennon valmistelu check ilmoitukset.',
    action: { label: 'Toimenpide', owner: 'Vastuu', due: 'Määräaika', state: 'Tila' },
    actionStates: actionStateLabels,
    note: 'Huomio',
    footnotes: 'Alaviitteet',
  },
};

/**
 * Swedish as Finland's Swedish-language municipal minutes write it (kommunallagen, "protokoll",
 * "justering", "omprövningsbegäran"); dates "31 maj 2018".
 */
const sv: DocumentWords = {
  date: formatSwedishDate,
  span: (start, end) => {
    const [from, to] = [formatSwedishDate(start), formatSwedishDate(end)];
    return from === to ? from : `${from}–${to}`;
  },
  at: (time) => ` kl. ${time}`,
  page: (current, count) => `sida ${current} / ${count}`,
  exampleNotice: 'Exempelmaterial: inte ett beslut av beredningsorganisationen.',
  notPublic: 'EJ OFFENTLIG',
  membersEdition: 'EJ OFFENTLIG – medlemmarnas version',
  and: 'och',
  minutes: {
    name: 'protokoll',
    kicker: 'PROTOKOLL',
    header: 'Protokoll',
    meeting: 'Möte',
    facts: {
      time: 'Tid',
      place: 'Plats',
      chair: 'Ordförande',
      secretary: 'Protokollförare',
      display: 'Framlagt',
      online: 'På webben',
    },
    attendance: 'Närvaro',
    attendanceColumns: { role: 'Uppgift', note: 'Anmärkning' },
    attendanceGroups: {
      members: 'Medlemmar',
      deputies: 'Ersättare',
      others: 'Övriga närvarande',
      absent: 'Frånvarande',
    },
    noAttendance: 'Närvaron har inte antecknats.',
    legalityHeading: 'Laglighet och beslutförhet',
    notYetDrawnUp: 'Protokollet har ännu inte upprättats.',
    checkingHeading: 'Justering och framläggande av protokollet',
    sections: 'Behandlade ärenden',
    confidential: (basis) => `Sekretessbelagd (${basis})`,
    notPublicProceedings: 'Uppgifterna om behandlingen av ärendet är inte offentliga.',
    presenter: 'Föredragande',
    attachment: 'Bilaga',
    proposal: 'Förslag',
    decision: 'Beslut',
    signatures: 'Underskrifter',
    roles: {
      chair: 'Ordförande',
      secretary: 'Protokollförare',
      checker: 'Protokolljusterare',
      member: 'medlem',
    },
    deputyFor: (name) => `ersättare för ${name}`,
    withSecretary: (role) => `${role}, protokollförare`,
    checkedOn: (date) => `Protokollet har justerats och godkänts ${date}.`,
    appeals: 'Anvisningar om sökande av ändring',
    appealsPreamble:
      'Bilaga till protokollet enligt 140 § i kommunallagen. En kommunmedlem anses ha fått del av beslutet sju dagar efter att protokollet har lagts fram i det allmänna datanätet.',
    appealFacts: { concerns: 'Gäller', kind: 'Typ', lastDay: 'Sista dag' },
    appealKinds: {
      rectification: 'Omprövningsbegäran',
      appeal: 'Besvär',
      none: 'Ingen rätt att söka ändring',
    },
    appealLine: (title, lastDay) =>
      `Sökande av ändring: ${title}${lastDay ? `, sista dag ${lastDay}` : ''} (bilaga Anvisningar om sökande av ändring).`,
    sectionsSign: '§§',
    arrived: (section, time) => `anlände före behandlingen av § ${section}${time}`,
    left: (section, time) => `avlägsnade sig efter behandlingen av § ${section}${time}`,
    movementTime: (time) => ` (kl. ${time})`,
    invited: (date) => `Kallelsen och föredragningslistan skickades till medlemmarna ${date}. `,
    presence: (present, seats) =>
      `Närvarande var ${present} av organets ${seats} medlemmar eller deras ersättare; för beslutförhet krävs att fler än hälften av medlemmarna är närvarande.`,
    quorate: 'Mötet konstaterades vara lagligen sammankallat och beslutfört.',
    notQuorate: 'Mötet var inte beslutfört.',
    checking: (names, date) => `Till protokolljusterare valdes ${names}. Protokollet justerades ${date}.`,
    display: (span, url) =>
      `Protokollet är framlagt i det allmänna datanätet ${span} på adressen ${url}. Privatpersoners namn tas bort från webben när framläggningstiden har gått ut.`,
    disqualified: (name, reason) =>
      `${name} anmälde jäv (${reason}) och deltog inte i behandlingen av ärendet.`,
    proposed: (name, text) => `${name} föreslog: ”${text}”`,
    seconded: (name) => ` ${name} understödde förslaget.`,
    notSeconded: ' Förslaget förföll i brist på understöd.',
    voteQuestion: (question) => `Ordföranden framställde följande omröstningsproposition: ${question}`,
    voteCount: (yes, no, blank) =>
      `I omröstningen avgavs ${yes} JA-röster, ${no} NEJ-röster${blank ? ` och ${blank} blanka` : ''}.`,
    voteLabels: { yes: 'JA', no: 'NEJ', blank: 'Blanka' },
  },
  pack: {
    name: 'möteshandlingar',
    kicker: 'MÖTESHANDLINGAR',
    secretary: 'Sekreterare',
    decisionsAsked: 'Ärenden för beslut',
    noDecisionsAsked: 'Mötet har inga beslutsförslag.',
    attachment: (number) => `Bilaga ${number}`,
    pageShort: ', s. ',
    pageLong: ', sida ',
    itemColumn: 'Ärende',
    pageColumn: 'Sida',
    itemOnline: 'Ärendet på webben',
    summary: 'Sammandrag',
    attachments: 'Bilagor',
    contents: 'Innehåll',
    agenda: 'Föredragningslista',
    items: 'Mötets ärenden',
    status: 'Lägesbild över beredningsgrupperna',
    actions: 'Öppna åtgärder',
    itemsHeader: 'Ärenden, lägesbild och åtgärder',
    timeline: 'Tidtabell',
    organisation: 'Beredningsorganisationen',
    organisationHeader: 'Organisation',
  },
  charts: {
    organisation: 'Beredningsorganisationen',
    organisationSubject: 'organisationsschema',
    asOf: (date) => `Läget ${formatSwedishDate(date)}`,
    bodies: 'Organ',
    linesAndGroups: 'Verksamhetslinjer och beredningsgrupper',
    changeDirector: (name) => ` – förändringsdirektör ${name}`,
    director: (name) => `Förändringsdirektör ${name}`,
    members: (counts) => `${counts} medlemmar`,
    timelineSubject: 'tidtabell',
    asTable: (title) => `${title} som tabell`,
    source: (source) => `Källa: ${source}`,
    columns: { item: 'Skede eller uppgift', when: 'Tidpunkt', note: 'Anmärkning' },
    flags: { continuous: 'hela tiden', estimate: 'uppskattning', tentative: 'osäkert' },
  },
  report: {
    facts: {
      group: 'Beredningsgrupp',
      line: 'Verksamhetslinje',
      kind: 'Rapport',
      period: 'Rapporteringsperiod',
      due: 'Tidsfrist',
      state: 'Status',
      submitted: 'Inlämnad',
      author: 'Författare',
      online: 'På webben',
    },
    kinds: { interim: 'Mellanrapport', final: 'Slutrapport' },
    states: {
      draft: 'Utkast',
      submitted: 'Inlämnad',
      handled: 'Behandlad vid möte',
      approved: 'Godkänd',
      noted: 'Antecknad för kännedom',
    },
    summary: 'Sammandrag',
    contents: 'Innehåll',
    openItems: 'Öppna frågor',
    unreadable: 'Rapportens text kunde inte läsas: se meddelandena från kommandot valmistelu check.',
    action: { label: 'Åtgärd', owner: 'Ansvar', due: 'Tidsfrist', state: 'Status' },
    actionStates: { planned: 'Planerad', 'in-progress': 'Pågår', done: 'Klar' },
    note: 'Observera',
    footnotes: 'Fotnoter',
  },
};

export const documentWords: Record<Language, DocumentWords> = { fi, sv };
