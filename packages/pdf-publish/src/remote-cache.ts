/**
 * PDFs shared between the machines of a sharded build, and between CI runs, through any
 * S3-compatible store (`--cache-url s3://bucket/prefix`: AWS, MinIO, Hetzner…), under the input
 * key of the job (`job-inputs.ts`): equal keys give equal documents, so a document another
 * machine rendered is fetched instead of rendered. Read before rendering, written after.
 *
 * The store can only make a build faster. An object is checked before it is used (its digest, that
 * it is a PDF, that it is the document of its job's path); one that fails, or a store that cannot
 * be reached, gives a warning and the document is rendered here, the same bytes. After the first
 * failed request the store is not asked again in that build, so an unreachable one costs one
 * timeout, not one per document.
 *
 * One object per document, `<prefix>/pdf/<input key>`: a line of JSON (its path, its messages and
 * the digest of the bytes) and the PDF's bytes after it, so one request reads or writes it whole.
 * The connection comes from the usual variables: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY,
 * AWS_REGION (default us-east-1), and AWS_ENDPOINT_URL for a store other than AWS (then addressed
 * by path, as MinIO needs).
 */
import { createHash } from 'node:crypto';
import type { PdfMessage } from '@valmistelu/pdf';

/** Where `--cache-url` points. */
export interface RemoteCacheLocation {
  bucket: string;
  /** Without slashes at either end; empty for the bucket's root. */
  prefix: string;
}

/** `s3://bucket/prefix`, or a Finnish problem for `--cache-url`. */
export function parseCacheUrl(text: string): RemoteCacheLocation | string {
  const match = /^s3:\/\/([a-z0-9][a-z0-9.-]{1,61}[a-z0-9])(?:\/(.*))?$/.exec(text);
  if (!match?.[1])
    return `anna muodossa s3://ämpäri/polku, esimerkiksi s3://valmistelu-cache/pdf (annettu "${text}")`;
  return { bucket: match[1], prefix: (match[2] ?? '').replace(/^\/+|\/+$/g, '') };
}

/** A document as stored: what the build needs to publish it without rendering. */
export interface RemoteDocument {
  sitePath: string;
  bytes: Uint8Array;
  messages: PdfMessage[];
}

/** What a build did with the store, for its summary line. */
export interface RemoteCacheCounts {
  fetched: number;
  stored: number;
}

export interface RemotePdfCache {
  /** The document of `inputKey` when the store holds a sound one for `sitePath`; else undefined. */
  get(inputKey: string, sitePath: string): Promise<RemoteDocument | undefined>;
  /** Stores a rendered document; a failure is a warning. */
  put(inputKey: string, document: RemoteDocument): Promise<void>;
  readonly counts: RemoteCacheCounts;
  /** Finnish warnings, once each, to print after the build. */
  readonly warnings: string[];
}

const format = 1;

interface Header {
  format: number;
  sitePath: string;
  sha256: string;
  messages: PdfMessage[];
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** The object's bytes: its header line, then the PDF. */
export function encodeRemoteDocument({ sitePath, bytes, messages }: RemoteDocument): Uint8Array {
  const header: Header = { format, sitePath, sha256: sha256(bytes), messages };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), bytes]);
}

function isMessage(value: unknown): value is PdfMessage {
  const message = value as Partial<PdfMessage> | null;
  return (
    typeof message === 'object' &&
    message !== null &&
    typeof message.file === 'string' &&
    typeof message.line === 'number' &&
    typeof message.column === 'number' &&
    typeof message.message === 'string'
  );
}

/** The document of an object, or why it cannot be used. */
export function decodeRemoteDocument(body: Uint8Array, sitePath: string): RemoteDocument | string {
  const buffer = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const end = buffer.indexOf(0x0a);
  if (end < 0) return 'otsake puuttuu';
  let header: Partial<Header>;
  try {
    header = JSON.parse(buffer.subarray(0, end).toString('utf8')) as Partial<Header>;
  } catch {
    return 'otsake ei ole JSONia';
  }
  const bytes = buffer.subarray(end + 1);
  if (header.format !== format) return `tuntematon muoto ${String(header.format)}`;
  if (header.sitePath !== sitePath) return `se on eri tiedoston (${String(header.sitePath)})`;
  if (!Array.isArray(header.messages) || !header.messages.every(isMessage)) return 'viestit ovat rikki';
  if (header.sha256 !== sha256(bytes)) return 'tarkiste ei täsmää: tiedosto on muuttunut';
  if (!bytes.subarray(0, 5).equals(Buffer.from('%PDF-'))) return 'se ei ole PDF';
  return { sitePath, bytes: new Uint8Array(bytes), messages: header.messages };
}

/** Store errors as one short line: the SDK's names (`NoSuchBucket`, `ECONNREFUSED`) are what a maintainer searches for. */
function reason(problem: unknown): string {
  const error = problem as { name?: string; code?: string; message?: string };
  return [error.code ?? error.name, error.message].filter(Boolean).join(': ') || String(problem);
}

/** Opens the store at `location`; the SDK is loaded only here, by builds that use one. */
export async function openRemotePdfCache(
  location: RemoteCacheLocation,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RemotePdfCache> {
  const { GetObjectCommand, PutObjectCommand, S3Client } = await import('@aws-sdk/client-s3');
  const endpoint = env.AWS_ENDPOINT_URL_S3 || env.AWS_ENDPOINT_URL;
  const client = new S3Client({
    region: env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    ...(endpoint && { endpoint, forcePathStyle: true }),
    // Checksums only where S3 requires them: several S3-compatible stores refuse the newer ones.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  const shown = `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
  const keyOf = (inputKey: string) => [location.prefix, 'pdf', inputKey].filter(Boolean).join('/');
  const counts: RemoteCacheCounts = { fetched: 0, stored: 0 };
  const warnings: string[] = [];
  let reachable = true;
  const unreachable = (problem: unknown) => {
    if (reachable) {
      warnings.push(
        `PDF-etävälimuisti ${shown} ei vastaa (${reason(problem)}); PDF:t kootaan tällä koneella.`,
      );
    }
    reachable = false;
  };
  return {
    counts,
    warnings,
    async get(inputKey, sitePath) {
      if (!reachable) return undefined;
      let body: Uint8Array;
      try {
        const response = await client.send(
          new GetObjectCommand({ Bucket: location.bucket, Key: keyOf(inputKey) }),
        );
        if (!response.Body) return undefined;
        body = await response.Body.transformToByteArray();
      } catch (problem) {
        const status = (problem as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
        if (status === 404) return undefined;
        unreachable(problem);
        return undefined;
      }
      const document = decodeRemoteDocument(body, sitePath);
      if (typeof document === 'string') {
        warnings.push(
          `PDF-etävälimuistin kohde ${keyOf(inputKey)} ohitettiin: ${document}; ${sitePath} koottiin tällä koneella.`,
        );
        return undefined;
      }
      counts.fetched += 1;
      return document;
    },
    async put(inputKey, document) {
      if (!reachable) return;
      try {
        await client.send(
          new PutObjectCommand({
            Bucket: location.bucket,
            Key: keyOf(inputKey),
            Body: encodeRemoteDocument(document),
            ContentType: 'application/octet-stream',
          }),
        );
        counts.stored += 1;
      } catch (problem) {
        unreachable(problem);
      }
    },
  };
}
