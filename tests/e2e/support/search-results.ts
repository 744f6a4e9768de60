/**
 * What the site's own search page lists for a term, as a person gets it: the term typed and Enter
 * pressed, then "Näytä lisää" until every result is shown.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** Every result's address (absolute, in the page's order) on the search page open in `page`. */
export async function listedResults(page: Page, term: string): Promise<string[]> {
  const box = page.locator('#hakusana');
  await box.fill(term);
  await box.press('Enter');
  await expect
    .poll(() => page.locator('#hakutila').textContent(), { timeout: 30_000 })
    .toContain(`”${term}”`);
  const more = page.locator('#lisaa-tuloksia');
  const items = page.locator('#hakutulokset > li');
  for (let shown = await items.count(); await more.isVisible(); shown = await items.count()) {
    await more.click();
    await expect.poll(() => items.count(), { timeout: 30_000 }).toBeGreaterThan(shown);
  }
  return page
    .locator('#hakutulokset > li h2 a')
    .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
}
