/**
 * The site's own words, per language: menus, labels, headings and messages of the pages that
 * exist in more than one language. One dictionary, so that a page shows the same word for the
 * same thing in every language and nothing Finnish is left on a Swedish page by oversight.
 * Dates are `formatDate` of `@valmistelu/domain/dates`.
 */
import { reportKindLabels } from '@valmistelu/domain/labels';
import type { Language, ReportKind } from '@valmistelu/domain/schema';

export interface SiteTexts {
  /** The language's own name, for the language switch. */
  languageName: string;
  /** "(på finska)" after an item shown in another language than the page's. */
  inLanguage: Record<Language, string>;
  skipToContent: string;
  menu: string;
  mainMenu: string;
  breadcrumbs: string;
  /** The language switch's list of languages (its `aria-label`). */
  languages: string;
  nav: {
    home: string;
    news: string;
    organisation: string;
    reports: string;
    meetings: string;
    decisions: string;
    actions: string;
    timelines: string;
    status: string;
    channels: string;
    search: string;
  };
  footer: {
    channels: string;
    channelsPage: string;
    rss: string;
    calendar: string;
    aboutSite: string;
    accessibility: string;
    accessibilityFeedback: string;
    feedbackSubject: string;
    openData: string;
    updated: string;
  };
  example: string;
  exampleNotice: string;
  topics: string;
  home: {
    heading: string;
    noNews: string;
    latestNews: string;
    allNews: string;
    upcomingMeetings: string;
    latestMeetings: string;
    noMeetings: string;
    allMeetings: string;
    now: string;
    noTimelines: string;
    ongoing: string;
    tentative: string;
    next: string;
    tentativeTime: string;
    groupStatus: string;
    organisation: string;
  };
  news: {
    title: string;
    page: (page: number) => string;
    pages: string;
    pageOf: (page: number, count: number) => string;
    newer: string;
    older: string;
    subscribe: string;
    feedTitle: (siteName: string) => string;
  };
  meetings: {
    title: string;
    lead: string;
    addToCalendar: string;
    meetingTitle: (body: string, number: string, date: string) => string;
    at: (time: string) => string;
    body: string;
    time: string;
    place: string;
    chair: string;
    secretary: string;
    packPdf: string;
    minutes: string;
    /** The link to the minutes PDF on another language's meeting page. */
    minutesPdf: string;
    onDisplay: (span: string) => string;
    agenda: string;
    presenter: string;
    reportsHandled: string;
    proposal: string;
    decision: string;
    dueBefore: string;
    notSubmitted: string;
  };
  search: {
    title: string;
    lead: string;
    label: string;
    submit: string;
    hint: string;
    noScript: string;
    more: string;
  };
  body: {
    kind: string;
    composition: string;
    /** "9 + 2 jäsentä": a composition without roles. */
    members: (counts: string) => string;
    partOf: string;
    memberList: string;
    subBodies: string;
    lines: string;
    meetings: string;
  };
  /** The iCalendar feed's name. */
  calendarName: (shortName: string) => string;
  /** A report's kind as a list says it ("väliraportti"), in lower case. */
  reportKinds: Record<ReportKind, string>;
}

export const texts: Record<Language, SiteTexts> = {
  fi: {
    languageName: 'Suomeksi',
    inLanguage: { fi: '(suomeksi)', sv: '(ruotsiksi)' },
    skipToContent: 'Siirry sisältöön',
    menu: 'Valikko',
    mainMenu: 'Päävalikko',
    breadcrumbs: 'Murupolku',
    languages: 'Kielet',
    nav: {
      home: 'Etusivu',
      news: 'Uutiset',
      organisation: 'Organisaatio',
      reports: 'Raportit',
      meetings: 'Kokoukset',
      decisions: 'Päätökset',
      actions: 'Toimenpiteet',
      timelines: 'Aikataulut',
      status: 'Tilanne',
      channels: 'Viestintäkanavat',
      search: 'Haku',
    },
    footer: {
      channels: 'Kanavat',
      channelsPage: 'Viestintäkanavat ja yhteystiedot',
      rss: 'Uutiset RSS-syötteenä',
      calendar: 'Kokoukset ja virstanpylväät kalenteriin (.ics)',
      aboutSite: 'Sivustosta',
      accessibility: 'Saavutettavuusseloste',
      accessibilityFeedback: 'Anna palautetta saavutettavuudesta',
      feedbackSubject: 'Saavutettavuuspalaute',
      openData: 'Avoin data (JSON)',
      updated: 'tiedot päivitetty',
    },
    example: 'esimerkki',
    exampleNotice: 'Esimerkkiaineistoa: ei todellisen valmistelun päätös tai raportti',
    topics: 'Aiheet',
    home: {
      heading: 'Ajankohtaista',
      noNews: 'Uutisia ei ole vielä julkaistu.',
      latestNews: 'Uusimmat uutiset',
      allNews: 'Kaikki uutiset',
      upcomingMeetings: 'Tulevat kokoukset',
      latestMeetings: 'Viimeisimmät kokoukset',
      noMeetings: 'Kokouksia ei ole vielä julkaistu.',
      allMeetings: 'Kaikki kokoukset',
      now: 'Valmistelu nyt',
      noTimelines: 'Aikatauluja ei ole vielä julkaistu.',
      ongoing: 'Käynnissä',
      tentative: 'epävarma',
      next: 'Seuraavaksi',
      tentativeTime: 'ajankohta epävarma',
      groupStatus: 'Ryhmien raportoinnin tilanne',
      organisation: 'Valmisteluorganisaatio ja ryhmät',
    },
    news: {
      title: 'Uutiset',
      page: (page) => `Uutiset, sivu ${page}`,
      pages: 'Uutissivut',
      pageOf: (page, count) => `Sivu ${page} / ${count}`,
      newer: 'Uudemmat uutiset',
      older: 'Vanhemmat uutiset',
      subscribe: 'Tilaa uutiset RSS-syötteenä',
      feedTitle: (siteName) => `${siteName}: uutiset`,
    },
    meetings: {
      title: 'Kokoukset',
      lead: 'Toimielinten kokoukset, uusin ensin.',
      addToCalendar: 'Lisää kokoukset kalenteriisi (.ics)',
      meetingTitle: (body, number, date) => `${body}: kokous${number} ${date}`,
      at: (time) => `klo ${time}`,
      body: 'Toimielin',
      time: 'Aika',
      place: 'Paikka',
      chair: 'Puheenjohtaja',
      secretary: 'Sihteeri',
      packPdf: 'Kokouspaketti PDF-tiedostona',
      minutes: 'Pöytäkirja',
      minutesPdf: 'Pöytäkirja PDF-tiedostona',
      onDisplay: (span) => `(nähtävillä ${span})`,
      agenda: 'Esityslista',
      presenter: 'Esittelijä',
      reportsHandled: 'Käsiteltävät raportit',
      proposal: 'Esitys',
      decision: 'Päätös',
      dueBefore: 'Ennen kokousta erääntyneet raportit',
      notSubmitted: 'ei vielä jätetty',
    },
    search: {
      title: 'Haku',
      lead: 'Hae sivustolta: ryhmät, raportit, kokoukset ja uutiset. Haku tunnistaa sanojen taivutusmuotoja, esimerkiksi ”päivystyksen” löytää päivystyksen ryhmän.',
      label: 'Hakusana',
      submit: 'Hae',
      hint: 'Tulokset päivittyvät kirjoittaessa.',
      noScript: 'Haku vaatii JavaScriptin. Kaikki sivut löytyvät myös valikon kautta.',
      more: 'Näytä lisää tuloksia',
    },
    body: {
      kind: 'Toimielin',
      composition: 'Kokoonpano',
      members: (counts) => `${counts} jäsentä`,
      partOf: 'Toimii osana',
      memberList: 'Jäsenet',
      subBodies: 'Alaryhmät',
      lines: 'Raportoivat toimintalinjat',
      meetings: 'Kokoukset',
    },
    calendarName: (shortName) => `${shortName}: kokoukset ja virstanpylväät`,
    reportKinds: {
      interim: reportKindLabels.interim.toLowerCase(),
      final: reportKindLabels.final.toLowerCase(),
    },
  },
  sv: {
    languageName: 'På svenska',
    inLanguage: { fi: '(på finska)', sv: '(på svenska)' },
    skipToContent: 'Hoppa till innehållet',
    menu: 'Meny',
    mainMenu: 'Huvudmeny',
    breadcrumbs: 'Brödsmulor',
    languages: 'Språk',
    nav: {
      home: 'Startsida',
      news: 'Nyheter',
      organisation: 'Organisation',
      reports: 'Rapporter',
      meetings: 'Möten',
      decisions: 'Beslut',
      actions: 'Åtgärder',
      timelines: 'Tidtabeller',
      status: 'Lägesbild',
      channels: 'Kommunikationskanaler',
      search: 'Sök',
    },
    footer: {
      channels: 'Kanaler',
      channelsPage: 'Kommunikationskanaler och kontaktuppgifter',
      rss: 'Nyheter som RSS-flöde',
      calendar: 'Möten och milstolpar i din kalender (.ics)',
      aboutSite: 'Om webbplatsen',
      accessibility: 'Tillgänglighetsutlåtande',
      accessibilityFeedback: 'Ge respons på tillgängligheten',
      feedbackSubject: 'Respons på tillgängligheten',
      openData: 'Öppna data (JSON)',
      updated: 'uppgifterna uppdaterade',
    },
    example: 'exempel',
    exampleNotice: 'Exempelmaterial: inte ett beslut eller en rapport från den verkliga beredningen',
    topics: 'Ämnen',
    home: {
      heading: 'Aktuellt',
      noNews: 'Inga nyheter har publicerats ännu.',
      latestNews: 'Senaste nyheter',
      allNews: 'Alla nyheter',
      upcomingMeetings: 'Kommande möten',
      latestMeetings: 'Senaste möten',
      noMeetings: 'Inga möten har publicerats ännu.',
      allMeetings: 'Alla möten',
      now: 'Beredningen nu',
      noTimelines: 'Inga tidtabeller har publicerats ännu.',
      ongoing: 'Pågår',
      tentative: 'preliminärt',
      next: 'Härnäst',
      tentativeTime: 'tidpunkten preliminär',
      groupStatus: 'Gruppernas rapportering',
      organisation: 'Beredningsorganisationen och grupperna',
    },
    news: {
      title: 'Nyheter',
      page: (page) => `Nyheter, sida ${page}`,
      pages: 'Nyhetssidor',
      pageOf: (page, count) => `Sida ${page} av ${count}`,
      newer: 'Nyare nyheter',
      older: 'Äldre nyheter',
      subscribe: 'Prenumerera på nyheterna som RSS-flöde',
      feedTitle: (siteName) => `${siteName}: nyheter`,
    },
    meetings: {
      title: 'Möten',
      lead: 'Organens möten, det senaste först.',
      addToCalendar: 'Lägg till mötena i din kalender (.ics)',
      meetingTitle: (body, number, date) => `${body}: möte${number} ${date}`,
      at: (time) => `kl. ${time}`,
      body: 'Organ',
      time: 'Tid',
      place: 'Plats',
      chair: 'Ordförande',
      secretary: 'Sekreterare',
      packPdf: 'Möteshandlingarna som PDF-fil',
      minutes: 'Protokoll',
      minutesPdf: 'Protokollet som PDF-fil',
      onDisplay: (span) => `(framlagt ${span})`,
      agenda: 'Föredragningslista',
      presenter: 'Föredragande',
      reportsHandled: 'Rapporter som behandlas',
      proposal: 'Förslag',
      decision: 'Beslut',
      dueBefore: 'Rapporter som förföll före mötet',
      notSubmitted: 'ännu inte inlämnad',
    },
    search: {
      title: 'Sök',
      lead: 'Sök på webbplatsens svenska sidor: nyheter, möten och organ. Sökningen känner igen böjningsformer, till exempel hittar ”möten” också sidor där det står ”möte”.',
      label: 'Sökord',
      submit: 'Sök',
      hint: 'Resultaten uppdateras medan du skriver.',
      noScript: 'Sökningen kräver JavaScript. Alla sidor nås också via menyn.',
      more: 'Visa fler resultat',
    },
    body: {
      kind: 'Organ',
      composition: 'Sammansättning',
      members: (counts) => `${counts} medlemmar`,
      partOf: 'Del av',
      memberList: 'Medlemmar',
      subBodies: 'Underorgan',
      lines: 'Rapporterande verksamhetslinjer',
      meetings: 'Möten',
    },
    calendarName: (shortName) => `${shortName}: möten och milstolpar`,
    reportKinds: { interim: 'mellanrapport', final: 'slutrapport' },
  },
};
