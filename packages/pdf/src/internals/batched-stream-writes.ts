/**
 * pdfkit's stream writes with the text of many operators turned into bytes at once.
 *
 * Why: pdfkit writes a page's content one operator at a time (`PDFReference.write`), and makes a
 * buffer of each (`Buffer.from(chunk + '\n', 'binary')`) that `finalize` concatenates again. In the
 * 90-page report of the benchmark that was 360,000 small buffers (23,000 now), a tenth of
 * rendering with the garbage they leave. pdfkit has no option for it. Here the text written in a row is kept as
 * strings and becomes one buffer when bytes are written after it or the object is finalized: the
 * same bytes in the same order ('binary' is one byte per character, so the lengths agree too).
 */
import type { PdfmakeClasses } from './upstream.ts';
import { method, wrap } from './wrap.ts';

interface Reference {
  write(chunk: unknown): void;
  finalize(): void;
}

const pending = Symbol('pendingText');
type Batched = Reference & { [pending]?: string[] };

type Ref = (this: object, ...args: unknown[]) => object;

const file = 'batched-stream-writes.ts';

interface Originals {
  write: Reference['write'];
  finalize: Reference['finalize'];
}

// On the global object, so that a second copy of this module (a test runner re-importing it)
// finds the work done.
const stateKey = Symbol.for('valmistelu.batchedStreamWrites');
const holder = globalThis as {
  [stateKey]?: { reference?: { prototype: Reference; originals: Originals } };
};

/** Hands the text kept so far to pdfkit's own `write` as one buffer. */
function flush(reference: Batched, write: Reference['write']): void {
  const texts = reference[pending];
  if (!texts || texts.length === 0) return;
  reference[pending] = [];
  write.call(reference, Buffer.from(texts.join(''), 'binary'));
}

function batched({ write, finalize }: Originals): Originals {
  return {
    write(this: Batched, chunk: unknown) {
      if (chunk instanceof Uint8Array) {
        flush(this, write);
        write.call(this, chunk);
        return;
      }
      const texts = this[pending];
      if (texts) texts.push(`${chunk}\n`);
      else this[pending] = [`${chunk}\n`];
    },
    finalize(this: Batched) {
      flush(this, write);
      finalize.call(this);
    },
  };
}

/**
 * Batches the text written to every pdfkit object's stream, on the given classes; `installInternals`
 * calls it once per process. pdfkit does not export its reference class, so it is patched through the first
 * reference a document makes.
 */
export function installBatchedStreamWrites(classes: PdfmakeClasses): void {
  const state: NonNullable<(typeof holder)[typeof stateKey]> = {};
  holder[stateKey] = state;
  const documentPrototype = classes.PDFDocument.prototype as { ref: Ref };
  const ownRef = Object.hasOwn(documentPrototype, 'ref');
  wrap<Ref>(
    documentPrototype,
    'ref',
    file,
    (ref) =>
      function firstRef(this: object, ...args: unknown[]) {
        const reference = ref.apply(this, args);
        const prototype = Object.getPrototypeOf(reference) as Reference;
        const originals = {
          write: method<Reference['write']>(prototype, 'write', file),
          finalize: method<Reference['finalize']>(prototype, 'finalize', file),
        };
        Object.assign(prototype, batched(originals));
        state.reference = { prototype, originals };
        // pdfkit's own \`ref\` is back: no wrapper on every later object.
        if (ownRef) documentPrototype.ref = ref;
        else delete (documentPrototype as Partial<typeof documentPrototype>).ref;
        return reference;
      },
  );
}

/** Runs \`render\` with pdfkit's own stream writes, for tests that compare the two. */
export async function withPdfkitStreamWrites<T>(render: () => Promise<T>): Promise<T> {
  const reference = holder[stateKey]?.reference;
  if (!reference) return render();
  const { prototype, originals } = reference;
  const current = { write: prototype.write, finalize: prototype.finalize };
  Object.assign(prototype, originals);
  try {
    return await render();
  } finally {
    Object.assign(prototype, current);
  }
}
