/** The channels page: each channel with a name for its kind in the page's language. */
import type { Channel, Language } from '@valmistelu/domain/schema';
import { texts } from '../i18n/texts.ts';

export interface ChannelCard {
  href: string;
  name: string;
  kindText: string;
  description: string | undefined;
  /** The texts' language where the channel is untranslated on another language's page. */
  lang?: Language | undefined;
}

export function channelCards(
  channels: readonly Channel[],
  language: Language = 'fi',
  langOf: (id: string) => Language | undefined = () => undefined,
): ChannelCard[] {
  return channels.map((channel) => ({
    href: channel.url,
    name: channel.name,
    kindText: texts[language].labels.channelKinds[channel.kind],
    description: channel.description,
    lang: langOf(channel.id),
  }));
}
