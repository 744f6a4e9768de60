/** The footer's contact details from `site.yaml`'s `contact`, with the links they make. */
import type { Site } from '@valmistelu/domain/schema';
import { organisationName } from '@valmistelu/domain/site-identity';

export interface FooterContact {
  organisation: string;
  address: string | undefined;
  email: { text: string; href: string } | undefined;
  phone: { text: string; href: string } | undefined;
}

export function footerContact(site: Site): FooterContact {
  const { contact } = site;
  return {
    organisation: organisationName(site),
    address: contact?.address,
    email: contact?.email ? { text: contact.email, href: `mailto:${contact.email}` } : undefined,
    // A `tel:` address is the number without spaces or punctuation, but its leading +.
    phone: contact?.phone
      ? { text: contact.phone, href: `tel:${contact.phone.replace(/[^\d+]/g, '')}` }
      : undefined,
  };
}
