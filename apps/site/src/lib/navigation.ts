/** The main menu in a page's language, and which of its sections a page belongs to (for aria-current). */
import type { Language } from '@valmistelu/domain/schema';
import { localizedUrls, type PageUrls } from '@valmistelu/domain/urls';
import { type SiteTexts, texts } from './i18n/texts.ts';

export interface NavItem {
  href: string;
  label: string;
  /** `page` on the page itself, `true` on pages inside its section. */
  current: 'page' | 'true' | undefined;
}

type Section = { href: (urls: PageUrls) => string; label: (nav: SiteTexts['nav']) => string };

const sections: Section[] = [
  { href: (urls) => urls.home(), label: (nav) => nav.home },
  { href: (urls) => urls.news(), label: (nav) => nav.news },
  { href: (urls) => urls.organisation(), label: (nav) => nav.organisation },
  { href: (urls) => urls.reports(), label: (nav) => nav.reports },
  { href: (urls) => urls.meetings(), label: (nav) => nav.meetings },
  { href: (urls) => urls.decisions(), label: (nav) => nav.decisions },
  { href: (urls) => urls.actions(), label: (nav) => nav.actions },
  { href: (urls) => urls.timelines(), label: (nav) => nav.timelines },
  { href: (urls) => urls.status(), label: (nav) => nav.status },
  { href: (urls) => urls.channels(), label: (nav) => nav.channels },
  { href: (urls) => urls.search(), label: (nav) => nav.search },
];

/** Every language has a page of each section (`i18n/localized-pages.ts`), so every menu is the same. */
export function navigation(path: string, language: Language = 'fi'): NavItem[] {
  const urls = localizedUrls[language];
  const home = urls.home();
  return sections.map((section) => {
    const href = section.href(urls);
    return {
      href,
      label: section.label(texts[language].nav),
      current: path === href ? 'page' : href !== home && path.startsWith(href) ? 'true' : undefined,
    };
  });
}

export interface Crumb {
  href: string;
  label: string;
}
