/** Every Finnish label of the model's enumerations, in one place for the site, PDFs and CLI. */
import type { Body, Channel, Language, ReportKind, ReportState, TimelineMilestone } from './schema.ts';
import type { GroupState } from './status.ts';

export const reportKindLabels: Record<ReportKind, string> = {
  interim: 'Väliraportti',
  final: 'Loppuraportti',
};

export const reportStateLabels: Record<ReportState, string> = {
  draft: 'Luonnos',
  submitted: 'Jätetty',
  handled: 'Käsitelty kokouksessa',
  approved: 'Hyväksytty',
  noted: 'Merkitty tiedoksi',
};

/** What a published text shows where it names a report that is not published. */
export const unpublishedReportText = '(julkaisematon raportti)';

/** What a public text shows where a private person's name stood after the appeal period. */
export const removedNameText = '[nimi poistettu]';

export const groupStateLabels: Record<GroupState, string> = {
  'on-time': 'Aikataulussa',
  'due-soon': 'Määräaika lähestyy',
  late: 'Myöhässä',
  done: 'Valmis',
};

export const actionStateLabels = {
  planned: 'Suunniteltu',
  'in-progress': 'Käynnissä',
  done: 'Valmis',
} as const;

export const lineKindLabels = {
  line: 'Toimintalinja',
  'cross-cutting': 'Läpäisevä valmistelu',
} as const;

export const collectionLabels = {
  people: 'henkilö',
  bodies: 'toimielin',
  lines: 'toimintalinja',
  groups: 'valmisteluryhmä',
  reports: 'raportti',
  meetings: 'kokous',
  timelines: 'aikajana',
  news: 'uutinen',
  channels: 'viestintäkanava',
} as const;

export const channelKindLabels: Record<Channel['kind'], string> = {
  website: 'verkkosivusto',
  facebook: 'Facebook',
  twitter: 'Twitter',
  email: 'sähköposti',
  other: 'muu kanava',
};

export const bodyKindLabels: Record<Body['kind'], string> = {
  political: 'Poliittinen toimielin',
  preparatory: 'Valmisteleva toimielin',
  office: 'Virkamiestoimielin',
  cooperation: 'Yhteistyöelin',
  subgroup: 'Alaryhmä',
  organisation: 'Organisaatio',
};

export const milestoneDisplayLabels: Record<TimelineMilestone['display'], string> = {
  row: 'Oma rivi',
  line: 'Pystyviiva',
};

/** A language in a Finnish sentence: "käännös kielelle ruotsi". */
export const languageNames: Record<Language, string> = { fi: 'suomi', sv: 'ruotsi' };

/** "ruotsinkielinen käännös". */
export const languageAdjectives: Record<Language, string> = { fi: 'suomenkielinen', sv: 'ruotsinkielinen' };
