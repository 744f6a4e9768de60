/** Small shared pieces of view data: a link, a person's name with title, a state badge. */
import type { CollectionName, Language, Person, ReportState } from '@valmistelu/domain/schema';
import type { GroupState } from '@valmistelu/domain/status';
import { localizedUrls, type PageUrls } from '@valmistelu/domain/urls';
import { texts } from '../i18n/texts.ts';

export interface Link {
  href: string;
  text: string;
  /** The linked item's language where it is not the page's: an untranslated item, in the main language. */
  lang?: Language;
}

/** What a link needs of the model: its language and which items are translated into it. */
interface LinkModel {
  language: Language;
  languages: readonly Language[];
  isTranslated(collection: CollectionName, id: string): boolean;
}

/**
 * A link to an item's page in the model's language, or, for an item not translated into it, to
 * its page in the main language, marked with that language: no page is copied untranslated.
 */
export function itemLink(
  model: LinkModel,
  collection: CollectionName,
  id: string,
  text: string,
  path: (urls: PageUrls) => string,
): Link {
  const main = model.languages[0] ?? 'fi';
  if (model.language === main || model.isTranslated(collection, id))
    return { href: path(localizedUrls[model.language]), text };
  return { href: path(localizedUrls[main]), text, lang: main };
}

/**
 * A link to a page that only the main language has (a group's): on another
 * language's page it goes to the main language's page, marked with that language unless the
 * item's text is translated.
 */
export function mainPageLink(
  model: LinkModel,
  collection: CollectionName,
  id: string,
  text: string,
  path: (urls: PageUrls) => string,
): Link {
  const main = model.languages[0] ?? 'fi';
  const href = path(localizedUrls[main]);
  return model.language === main || model.isTranslated(collection, id)
    ? { href, text }
    : { href, text, lang: main };
}

/** The main language where an item's text is untranslated on another language's page, else nothing. */
export function textLang(model: LinkModel, collection: CollectionName, id: string): Language | undefined {
  const main = model.languages[0] ?? 'fi';
  return model.language === main || model.isTranslated(collection, id) ? undefined : main;
}

export interface Badge {
  /** A CSS class suffix, `state-<tone>`. */
  tone: string;
  text: string;
}

/**
 * "Name, title": a title often has brackets of its own ("muutosjohtaja, … (TL3)"), which inside
 * brackets around it would nest.
 */
export function personLabel(person: Person | undefined): string | undefined {
  if (!person) return undefined;
  return person.title ? `${person.name}, ${person.title}` : person.name;
}

/**
 * A member of a group or body with their role in it, the role left out where the person's title
 * already begins with it ("muutosjohtaja" and "muutosjohtaja, maakunnan elinvoimapalvelut").
 */
export function memberLabel(person: Person | undefined, personId: string, role: string): string {
  const label = personLabel(person) ?? personId;
  const title = person?.title?.toLocaleLowerCase('fi') ?? '';
  return title.startsWith(role.toLocaleLowerCase('fi')) ? label : `${label} – ${role}`;
}

export function groupStateBadge(state: GroupState, language: Language = 'fi'): Badge {
  return { tone: state, text: texts[language].labels.groupStates[state] };
}

export function reportStateBadge(state: ReportState, language: Language = 'fi'): Badge {
  const tone = state === 'draft' ? 'due-soon' : state === 'submitted' ? 'on-time' : 'done';
  return { tone, text: texts[language].labels.reportStates[state] };
}
