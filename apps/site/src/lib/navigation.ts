/** The main menu, and which of its sections a page belongs to (for aria-current). */
import { urls } from '@valmistelu/domain/urls';

export interface NavItem {
  href: string;
  label: string;
  /** `page` on the page itself, `true` on pages inside its section. */
  current: 'page' | 'true' | undefined;
}

const sections = [
  { href: urls.home(), label: 'Etusivu' },
  { href: urls.news(), label: 'Uutiset' },
  { href: urls.organisation(), label: 'Organisaatio' },
  { href: urls.reports(), label: 'Raportit' },
  { href: urls.meetings(), label: 'Kokoukset' },
  { href: urls.decisions(), label: 'Päätökset' },
  { href: urls.actions(), label: 'Toimenpiteet' },
  { href: urls.timelines(), label: 'Aikataulut' },
  { href: urls.status(), label: 'Tilanne' },
  { href: urls.channels(), label: 'Viestintäkanavat' },
  { href: urls.search(), label: 'Haku' },
];

export function navigation(path: string): NavItem[] {
  return sections.map((section) => ({
    ...section,
    current:
      path === section.href
        ? 'page'
        : section.href !== '/' && path.startsWith(section.href)
          ? 'true'
          : undefined,
  }));
}

export interface Crumb {
  href: string;
  label: string;
}
