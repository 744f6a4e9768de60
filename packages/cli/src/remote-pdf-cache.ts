/**
 * `--cache-url s3://…` of `build` and `pdf`: PDFs shared between machines through an
 * S3-compatible store (`@valmistelu/pdf-publish`'s remote-cache.ts), and the line each command
 * prints of what the store saved.
 */
import type { RemoteCacheLocation, RemotePdfCache } from '@valmistelu/pdf-publish';
import { parseCacheUrl } from '@valmistelu/pdf-publish/remote-cache';
import type { CliIo, CommandContext, OptionDeclaration } from './cli-io.ts';

export const cacheUrlDeclaration = {
  type: 'string',
  valueName: 's3://ÄMPÄRI/POLKU',
  description:
    'PDF:t jaetaan koneiden kesken S3-yhteensopivassa tallennuspalvelussa (AWS, MinIO, Hetzner…); yhteys AWS_ACCESS_KEY_ID-, AWS_SECRET_ACCESS_KEY-, AWS_REGION- ja AWS_ENDPOINT_URL-muuttujista. Jos palvelu ei vastaa, PDF:t kootaan tällä koneella',
  problem: (given: string) => {
    const location = parseCacheUrl(given);
    return typeof location === 'string' ? location : undefined;
  },
} as const satisfies OptionDeclaration;

/** The store `--cache-url` names; the parser has already refused a malformed one. */
export function remoteCacheOption(context: CommandContext): RemoteCacheLocation | undefined {
  const given = context.values['cache-url'];
  if (typeof given !== 'string') return undefined;
  const location = parseCacheUrl(given);
  return typeof location === 'object' ? location : undefined;
}

/** The store's warnings, and on standard output, for the CI log, how much it saved. */
export function reportRemoteCache(remote: RemotePdfCache, rendered: number | undefined, io: CliIo): void {
  for (const warning of remote.warnings) io.stderr(`Varoitus: ${warning}\n`);
  io.stdout(
    `PDF-etävälimuisti: ${remote.counts.fetched} haettu, ${rendered ?? 0} koottu tällä koneella, ${remote.counts.stored} tallennettu.\n`,
  );
}
