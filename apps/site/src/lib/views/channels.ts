/** The channels page: each channel with a Finnish name for its kind. */
import { channelKindLabels } from '@valmistelu/domain/labels';
import type { Channel } from '@valmistelu/domain/schema';

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
