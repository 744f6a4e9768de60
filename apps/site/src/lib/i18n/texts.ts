/**
 * The site's own words, per language: menus, labels, headings and messages of the pages that
 * exist in more than one language. One dictionary, so that a page shows the same word for the
 * same thing in every language and nothing Finnish is left on a Swedish page by oversight.
 * Dates are `formatDate` of `@valmistelu/domain/dates`.
 */
import { noOwnerLabel } from '@valmistelu/domain/actions';
import {
  channelKindLabels,
  groupStateLabels,
  lineKindLabels,
  reportKindLabels,
  reportStateLabels,
} from '@valmistelu/domain/labels';
import type { OrgNodeKind } from '@valmistelu/domain/org-tree';
import type { Channel, Language, Line, ReportKind, ReportState } from '@valmistelu/domain/schema';
import type { GroupState } from '@valmistelu/domain/status';

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
  /** The model's enumerations as the pages show them; the main language's are the domain's labels. */
  labels: {
    groupStates: Record<GroupState, string>;
    reportStates: Record<ReportState, string>;
    /** Capitalised, as a table cell or filter says it ("Väliraportti"). */
    reportKinds: Record<ReportKind, string>;
    channelKinds: Record<Channel['kind'], string>;
    lineKinds: Record<Line['kind'], string>;
    /** A box of the organisation chart in its list twin, in lower case. */
    orgKinds: Record<OrgNodeKind, string>;
  };
  /** The list filters of the reports and decisions pages. */
  filters: { heading: string; all: string };
  organisation: {
    title: string;
    lead: string;
    chart: string;
    chartPdf: string;
    asList: string;
  };
  line: {
    changeDirector: string;
    reportsTo: string;
    groups: string;
    noGroups: string;
    reports: string;
    reportsCaption: (line: string) => string;
    /** After a group in a line's tree: " – vastuuvalmistelija N.N.". */
    responsible: (name: string) => string;
  };
  /** A report's own page. */
  report: {
    facts: {
      kind: string;
      group: string;
      line: string;
      period: string;
      due: string;
      state: string;
      submitted: string;
      author: string;
      answers: string;
    };
    pdf: string;
    contents: string;
    openItems: string;
    finalReport: string;
    handlings: string;
    notHandled: string;
  };
  reports: {
    title: string;
    lead: string;
    caption: string;
    none: string;
    legends: { line: string; kind: string; state: string };
    columns: { report: string; group: string; line: string; kind: string; period: string; state: string };
  };
  decisions: {
    title: string;
    lead: string;
    caption: string;
    none: string;
    legends: { body: string; year: string; group: string };
    columns: { date: string; meeting: string; item: string; decision: string; group: string };
  };
  actions: {
    title: string;
    lead: (asOf: string, open: number, late: number) => string;
    byOwner: string;
    byDue: string;
    byDueCaption: string;
    /** A table of actions with no owner, and the owner cell of such an action. */
    noOwner: string;
    columns: { action: string; due: string; report: string; owner: string };
  };
  timelines: { title: string; lead: string };
  timeline: {
    /** "tilanne 31.5.2018" after the range. */
    asOf: (date: string) => string;
    source: (source: string) => string;
    chart: string;
    pdf: string;
    asTable: string;
    caption: (title: string) => string;
    markersCaption: string;
    columns: { item: string; kind: string; when: string; notes: string };
    span: string;
    milestone: string;
    marker: string;
    tentative: string;
    estimate: string;
  };
  status: {
    title: string;
    /** Before the overall state's badge. */
    lead: (asOf: string) => string;
    groups: (count: number) => string;
    caption: (line: string) => string;
    columns: { group: string; responsible: string; lastReport: string; next: string; state: string };
  };
  channels: {
    title: string;
    lead: string;
    feeds: string;
    rss: string;
    calendar: string;
    openData: string;
    feedback: string;
    feedbackText: string;
  };
  minutesPage: {
    /** "Pöytäkirja: VATE: kokous 4/2018 …". */
    title: (meeting: string) => string;
    agendaAndMeeting: string;
    attendanceColumns: { name: string };
    handled: string;
    appealConcerns: string;
    lastDay: (date: string) => string;
    proposal: string;
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
    labels: {
      groupStates: groupStateLabels,
      reportStates: reportStateLabels,
      reportKinds: reportKindLabels,
      channelKinds: channelKindLabels,
      lineKinds: lineKindLabels,
      orgKinds: {
        body: 'toimielin',
        line: 'toimintalinja',
        'cross-cutting': 'läpäisevä valmistelu',
        group: 'valmisteluryhmä',
      },
    },
    filters: { heading: 'Rajaa luetteloa', all: 'kaikki' },
    organisation: {
      title: 'Valmisteluorganisaatio',
      lead: 'Toimielimet, toimintalinjat ja valmisteluryhmät. Kaavio on alla myös luettelona.',
      chart: 'Organisaatiokaavio.',
      chartPdf: 'Organisaatiokaavio PDF-tiedostona',
      asList: 'Organisaatio luettelona',
    },
    line: {
      changeDirector: 'Muutosjohtaja',
      reportsTo: 'Raportoi',
      groups: 'Valmisteluryhmät',
      noGroups: 'Linjalla ei ole vielä ryhmiä.',
      reports: 'Raportit',
      reportsCaption: (line) => `Linjan ${line} raportit`,
      responsible: (name) => ` – vastuuvalmistelija ${name}`,
    },
    report: {
      facts: {
        kind: 'Laji',
        group: 'Ryhmä',
        line: 'Linja',
        period: 'Kausi',
        due: 'Määräaika',
        state: 'Tila',
        submitted: 'Jätetty',
        author: 'Laatija',
        answers: 'Vastaa väliraporttiin',
      },
      pdf: 'Raportti PDF-tiedostona',
      contents: 'Sisällys',
      openItems: 'Avoimet kysymykset',
      finalReport: 'Loppuraportti',
      handlings: 'Käsittely kokouksissa',
      notHandled: 'Raporttia ei ole vielä käsitelty kokouksessa.',
    },
    reports: {
      title: 'Raportit',
      lead: 'Valmisteluryhmien väli- ja loppuraportit. Rajaa luetteloa valitsemalla linja, laji tai tila.',
      caption: 'Kaikki raportit',
      none: 'Raportteja ei ole vielä julkaistu.',
      legends: { line: 'Linja', kind: 'Laji', state: 'Tila' },
      columns: {
        report: 'Raportti',
        group: 'Ryhmä',
        line: 'Linja',
        kind: 'Laji',
        period: 'Kausi',
        state: 'Tila',
      },
    },
    decisions: {
      title: 'Päätökset',
      lead: 'Kaikkien kokousten päätökset pykälittäin, uusimmat ensin. Rajaa luetteloa valitsemalla toimielin, vuosi tai valmisteluryhmä; haku löytää päätökset myös sanoilla.',
      caption: 'Päätösrekisteri',
      none: 'Päätöksiä ei ole vielä julkaistu.',
      legends: { body: 'Toimielin', year: 'Vuosi', group: 'Valmisteluryhmä' },
      columns: {
        date: 'Päivä',
        meeting: 'Kokous',
        item: 'Asia',
        decision: 'Päätös',
        group: 'Valmisteluryhmä',
      },
    },
    actions: {
      title: 'Avoimet toimenpiteet',
      lead: (asOf, open, late) =>
        `Raporttien toimenpiteet, joita ei ole merkitty valmiiksi, vastuuhenkilöittäin ja määräpäivittäin ${asOf}: ${open} avointa, joista ${late} myöhässä.`,
      byOwner: 'Vastuuhenkilöittäin',
      byDue: 'Määräpäivittäin',
      byDueCaption: 'Avoimet toimenpiteet määräpäivän mukaan',
      noOwner: noOwnerLabel,
      columns: { action: 'Toimenpide', due: 'Määräpäivä', report: 'Raportti', owner: 'Vastuuhenkilö' },
    },
    timelines: {
      title: 'Aikataulut',
      lead: 'Uudistuksen ja maakuntastrategian aikataulut Gantt-kaavioina ja taulukkoina.',
    },
    timeline: {
      asOf: (date) => ` · tilanne ${date}`,
      source: (source) => ` · lähde: ${source}`,
      chart:
        'Gantt-kaavio. Epävarmat ajankohdat on piirretty katkoviivalla ja arvioidut vinoviivoitettuina; sama tieto on taulukossa alla.',
      pdf: 'Aikataulu PDF-tiedostona',
      asTable: 'Aikataulu taulukkona',
      caption: (title) => `${title}: vaiheet ja virstanpylväät`,
      markersCaption: 'Koko kaavion halki kulkevat merkinnät',
      columns: { item: 'Vaihe tai virstanpylväs', kind: 'Laji', when: 'Ajankohta', notes: 'Huomiot' },
      span: 'vaihe',
      milestone: 'virstanpylväs',
      marker: 'pystyviiva',
      tentative: 'ajankohta epävarma',
      estimate: 'arvioitu ajankohta',
    },
    status: {
      title: 'Raportoinnin tilanne',
      lead: (asOf) => `Valmisteluryhmien raportointi ${asOf}. Kokonaistilanne:`,
      groups: (count) => `${count} ryhmää`,
      caption: (line) => `${line}: ryhmien tila`,
      columns: {
        group: 'Ryhmä',
        responsible: 'Vastuuvalmistelija',
        lastReport: 'Viimeisin raportti',
        next: 'Seuraava määräaika',
        state: 'Tila',
      },
    },
    channels: {
      title: 'Viestintäkanavat ja yhteystiedot',
      lead: 'Valmistelusta kerrotaan näissä kanavissa.',
      feeds: 'Syötteet ja avoin data',
      rss: 'Uutiset RSS-syötteenä',
      calendar: 'Kokoukset ja virstanpylväät iCalendar-muodossa (.ics)',
      openData: 'Avoin data JSON-muodossa',
      feedback: 'Palaute',
      feedbackText: 'Palautetta sivuston saavutettavuudesta voi lähettää osoitteeseen',
    },
    minutesPage: {
      title: (meeting) => `Pöytäkirja: ${meeting}`,
      agendaAndMeeting: 'Esityslista ja kokouksen sivu',
      attendanceColumns: { name: 'Nimi' },
      handled: 'Käsitellyt asiat',
      appealConcerns: 'Koskee',
      lastDay: (date) => `viimeinen päivä ${date}`,
      proposal: 'Päätösehdotus',
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
    labels: {
      groupStates: {
        'on-time': 'Enligt tidtabellen',
        'due-soon': 'Tidsfristen närmar sig',
        late: 'Försenad',
        done: 'Klar',
      },
      reportStates: {
        draft: 'Utkast',
        submitted: 'Inlämnad',
        handled: 'Behandlad vid möte',
        approved: 'Godkänd',
        noted: 'Antecknad för kännedom',
      },
      reportKinds: { interim: 'Mellanrapport', final: 'Slutrapport' },
      channelKinds: {
        website: 'webbplats',
        facebook: 'Facebook',
        twitter: 'Twitter',
        email: 'e-post',
        other: 'annan kanal',
      },
      lineKinds: { line: 'Verksamhetslinje', 'cross-cutting': 'Övergripande beredning' },
      orgKinds: {
        body: 'organ',
        line: 'verksamhetslinje',
        'cross-cutting': 'övergripande beredning',
        group: 'beredningsgrupp',
      },
    },
    filters: { heading: 'Avgränsa listan', all: 'alla' },
    organisation: {
      title: 'Beredningsorganisationen',
      lead: 'Organ, verksamhetslinjer och beredningsgrupper. Schemat finns nedan också som lista.',
      chart: 'Organisationsschema.',
      chartPdf: 'Organisationsschemat som PDF-fil',
      asList: 'Organisationen som lista',
    },
    line: {
      changeDirector: 'Förändringsdirektör',
      reportsTo: 'Rapporterar till',
      groups: 'Beredningsgrupper',
      noGroups: 'Linjen har ännu inga grupper.',
      reports: 'Rapporter',
      reportsCaption: (line) => `Rapporter från linjen ${line}`,
      responsible: (name) => ` – ansvarig beredare ${name}`,
    },
    report: {
      facts: {
        kind: 'Typ',
        group: 'Grupp',
        line: 'Linje',
        period: 'Period',
        due: 'Tidsfrist',
        state: 'Status',
        submitted: 'Inlämnad',
        author: 'Författare',
        answers: 'Svarar på mellanrapporten',
      },
      pdf: 'Rapporten som PDF-fil',
      contents: 'Innehåll',
      openItems: 'Öppna frågor',
      finalReport: 'Slutrapport',
      handlings: 'Behandling vid möten',
      notHandled: 'Rapporten har ännu inte behandlats vid något möte.',
    },
    reports: {
      title: 'Rapporter',
      lead: 'Beredningsgruppernas mellan- och slutrapporter. Avgränsa listan genom att välja linje, typ eller status.',
      caption: 'Alla rapporter',
      none: 'Inga rapporter har publicerats ännu.',
      legends: { line: 'Linje', kind: 'Typ', state: 'Status' },
      columns: {
        report: 'Rapport',
        group: 'Grupp',
        line: 'Linje',
        kind: 'Typ',
        period: 'Period',
        state: 'Status',
      },
    },
    decisions: {
      title: 'Beslut',
      lead: 'Alla mötens beslut paragraf för paragraf, de senaste först. Avgränsa listan genom att välja organ, år eller beredningsgrupp.',
      caption: 'Beslutsregister',
      none: 'Inga beslut har publicerats ännu.',
      legends: { body: 'Organ', year: 'År', group: 'Beredningsgrupp' },
      columns: {
        date: 'Datum',
        meeting: 'Möte',
        item: 'Ärende',
        decision: 'Beslut',
        group: 'Beredningsgrupp',
      },
    },
    actions: {
      title: 'Öppna åtgärder',
      lead: (asOf, open, late) =>
        `Rapporternas åtgärder som inte har markerats som klara, per ansvarsperson och tidsfrist ${asOf}: ${open} öppna, varav ${late} försenade.`,
      byOwner: 'Per ansvarsperson',
      byDue: 'Per tidsfrist',
      byDueCaption: 'Öppna åtgärder efter tidsfrist',
      noOwner: 'ingen ansvarsperson',
      columns: { action: 'Åtgärd', due: 'Tidsfrist', report: 'Rapport', owner: 'Ansvarsperson' },
    },
    timelines: {
      title: 'Tidtabeller',
      lead: 'Tidtabellerna för reformen och landskapsstrategin som Gantt-scheman och tabeller.',
    },
    timeline: {
      asOf: (date) => ` · läget ${date}`,
      source: (source) => ` · källa: ${source}`,
      chart:
        'Gantt-schema. Osäkra tidpunkter är ritade med streckad linje och uppskattade med snedstreck; samma uppgifter finns i tabellen nedan.',
      pdf: 'Tidtabellen som PDF-fil',
      asTable: 'Tidtabellen som tabell',
      caption: (title) => `${title}: skeden och milstolpar`,
      markersCaption: 'Markeringar som går genom hela schemat',
      columns: { item: 'Skede eller milstolpe', kind: 'Typ', when: 'Tidpunkt', notes: 'Anmärkningar' },
      span: 'skede',
      milestone: 'milstolpe',
      marker: 'lodrät linje',
      tentative: 'tidpunkten osäker',
      estimate: 'uppskattad tidpunkt',
    },
    status: {
      title: 'Rapporteringsläget',
      lead: (asOf) => `Beredningsgruppernas rapportering ${asOf}. Helhetsläget:`,
      groups: (count) => `${count} ${count === 1 ? 'grupp' : 'grupper'}`,
      caption: (line) => `${line}: gruppernas status`,
      columns: {
        group: 'Grupp',
        responsible: 'Ansvarig beredare',
        lastReport: 'Senaste rapport',
        next: 'Nästa tidsfrist',
        state: 'Status',
      },
    },
    channels: {
      title: 'Kommunikationskanaler och kontaktuppgifter',
      lead: 'Om beredningen berättas i dessa kanaler.',
      feeds: 'Flöden och öppna data',
      rss: 'Nyheter som RSS-flöde',
      calendar: 'Möten och milstolpar i iCalendar-format (.ics)',
      openData: 'Öppna data i JSON-format',
      feedback: 'Respons',
      feedbackText: 'Respons på webbplatsens tillgänglighet kan skickas till adressen',
    },
    minutesPage: {
      title: (meeting) => `Protokoll: ${meeting}`,
      agendaAndMeeting: 'Föredragningslistan och mötets sida',
      attendanceColumns: { name: 'Namn' },
      handled: 'Behandlade ärenden',
      appealConcerns: 'Gäller',
      lastDay: (date) => `sista dag ${date}`,
      proposal: 'Beslutsförslag',
    },
    calendarName: (shortName) => `${shortName}: möten och milstolpar`,
    reportKinds: { interim: 'mellanrapport', final: 'slutrapport' },
  },
};
