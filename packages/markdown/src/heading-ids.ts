/**
 * Anchor ids for a document's headings. Built on the domain's `slugify`, so ids are ASCII and the
 * same for NFC and NFD spellings ("Päivystys" → `paivystys`); github-slugger makes repeats unique.
 */
import { slugify } from '@valmistelu/domain/slug';
import GithubSlugger from 'github-slugger';
import type { Heading, Root } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** Used when a heading has no letters or digits to build an id from. */
const fallbackId = 'otsikko';

/** Ids by heading node, in document order. Pure: the tree is not changed. */
export function headingIds(tree: Root): Map<Heading, string> {
  const slugger = new GithubSlugger();
  const ids = new Map<Heading, string>();
  visit(tree, 'heading', (heading) => {
    ids.set(heading, slugger.slug(slugify(mdastToString(heading)) || fallbackId));
  });
  return ids;
}
