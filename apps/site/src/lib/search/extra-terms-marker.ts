/**
 * Separates a page's own text from the extra search terms that the index gets after it
 * (`index-page.ts`). Pagefind indexes it as no word (it has no letter or digit); the search page
 * reads it from its results list and ends each excerpt there.
 */
export const extraTermsMarker = '⁂';
