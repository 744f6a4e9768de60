/**
 * A test that drives Chromium through every page of the site (about a hundred on the default
 * content, each with axe-core) takes minutes when the suites share two cores, past the config's
 * per-test limit. No test asserts a time: this only keeps a slow machine from failing it.
 */
export const everyPageTimeout = 600_000;
