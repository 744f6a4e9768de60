/**
 * The Content Security Policy of every page, as a <meta> tag placed first in <head> so that it
 * covers everything the page loads. The site has no inline scripts or styles at all: its own
 * stylesheet and search script are files with SRI hashes. Pagefind runs WebAssembly, which needs
 * 'wasm-unsafe-eval' (it does not allow eval of scripts).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
