/**
 * Text for the RSS feed. XML 1.0 forbids most control characters: one in a title would make the
 * whole feed unreadable, so they are dropped here even though `check` refuses them in content.
 */

/** C0 controls other than tab, LF and CR, and the non-characters U+FFFE and U+FFFF. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding these characters is the point.
const notXmlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Plain text that an XML document can hold: forbidden characters dropped, lone surrogates replaced. */
export function xmlSafeText(value: string): string {
  return value.toWellFormed().replace(notXmlCharacters, '');
}

/**
 * An RSS `<description>` is read as HTML by feed readers, so plain text is HTML-escaped first
 * (the XML writer then escapes it once more): a summary that says `<script>` shows as those
 * characters instead of becoming an element.
 */
export function feedDescription(text: string): string {
  return xmlSafeText(text)
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
