/** The channels page: each channel with a Finnish name for its kind. */
import type { Channel } from '@valmistelu/domain/schema';

// The domain's labels.ts has no channel kinds yet; move this there when it does.
const channelKindLabels: Record<Channel['kind'], string> = {
  website: 'verkkosivusto',
  facebook: 'Facebook',
  twitter: 'Twitter',
  email: 'sähköposti',
  other: 'muu kanava',
};

export interface ChannelCard {
  href: string;
  name: string;
  kindText: string;
  description: string | undefined;
}

export function channelCards(channels: readonly Channel[]): ChannelCard[] {
  return channels.map((channel) => ({
    href: channel.url,
    name: channel.name,
    kindText: channelKindLabels[channel.kind],
    description: channel.description,
  }));
}
