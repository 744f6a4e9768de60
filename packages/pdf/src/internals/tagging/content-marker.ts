/**
 * Marked content while pdfmake renders: each drawing operation first says whose it is, and a new
 * marked-content sequence opens only when the owner changes, so a paragraph's lines share one.
 * Structure content takes the next MCID of the page's entry in pdfkit's parent tree and is
 * recorded in its element; artifacts are marked as such. Sequences never cross a page or a saved
 * graphics state. The operators are written directly rather than through pdfkit's `markContent`,
 * which re-checks the page's open sequences and serialises a dictionary for each: with a sequence
 * per table cell, that was a fifth of what tagging cost.
 */
import {
  type AnnotationContent,
  artifacts,
  type Owner,
  type PdfReference,
  type StructElement,
  structElement,
} from './structure.ts';

/** The part of pdfkit's document the marker uses. */
export interface MarkingDocument {
  page: { dictionary: PdfReference; structParentTreeKey: number };
  addContent(operators: string): unknown;
  getStructParentTree(): { get(key: number): unknown; add(key: number, value: unknown): void };
  createStructParentTreeNextKey(): number;
}

/** What a run of text links to, if anything. */
export interface LinkedRun {
  link?: string | null;
  linkToDestination?: string | null;
  linkToPage?: number | null;
}

// pdfmake sets a run's link properties to `null` when its style has none.
const given = <T>(value: T | null | undefined): value is T => value !== undefined && value !== null;

/** A key for what a run links to; `undefined` when it links nowhere. */
export function linkTarget(run: LinkedRun): string | undefined {
  if (given(run.link)) return `url:${run.link}`;
  if (given(run.linkToDestination)) return `dest:${run.linkToDestination}`;
  if (given(run.linkToPage)) return `page:${run.linkToPage}`;
  return undefined;
}

export class ContentMarker {
  private open: Owner | undefined;
  private readonly doc: MarkingDocument;

  constructor(doc: MarkingDocument) {
    this.doc = doc;
  }

  /** Makes what is drawn next belong to `owner`. */
  use(owner: Owner): void {
    if (owner === this.open) return;
    this.close();
    if (owner.kind === 'artifact') {
      this.doc.addContent(`/Artifact <</Type /${owner.type}>> BDC`);
    } else {
      const { page } = this.doc;
      // The page's MCIDs, in pdfkit's parent tree; the key is made on the page's first one.
      const mcids = this.doc.getStructParentTree().get(page.structParentTreeKey) as unknown[];
      const mcid = mcids.length;
      mcids.push(null);
      this.doc.addContent(`/${owner.role} <</MCID ${mcid}>> BDC`);
      owner.children.push({ kind: 'content', page: page.dictionary, mcid });
    }
    this.open = owner;
  }

  /** Ends the open sequence: before a page ends and before the graphics state is saved or restored. */
  close(): void {
    if (this.open === undefined) return;
    this.doc.addContent('EMC');
    this.open = undefined;
  }

  /** Drawing that only decorates (rules, fills, underlines): an artifact, even inside a figure's owner. */
  decoration(owner: Owner): void {
    this.use(owner.kind === 'element' && owner.role === 'Figure' ? owner : artifacts.Layout);
  }

  /**
   * A run of text: linked runs go into a `Link` inside the owner, consecutive runs to the same
   * target into the same one, lines apart or not.
   */
  text(owner: Owner, run: LinkedRun): void {
    if (owner.kind === 'artifact') {
      this.use(owner);
      return;
    }
    const target = linkTarget(run);
    if (target === undefined) {
      owner.openLink = undefined;
      this.use(owner);
      return;
    }
    if (owner.openLink?.target !== target) owner.openLink = { target, element: structElement('Link', owner) };
    this.use(owner.openLink.element);
  }

  /**
   * Where a link annotation about to be made belongs: the open link, or the link around the open
   * figure. Returns pdfkit's `structParent` hook, which receives the annotation before it is written.
   */
  annotationParent(): { add(reference: { annotationRef: PdfReference }): void } | undefined {
    const link = this.openLink();
    if (!link) return undefined;
    return {
      add: ({ annotationRef }) => {
        const key = this.doc.createStructParentTreeNextKey();
        annotationRef.data.StructParent = key;
        const content: AnnotationContent = {
          kind: 'annotation',
          annotation: annotationRef,
          page: this.doc.page.dictionary,
          key,
        };
        link.children.push(content);
      },
    };
  }

  private openLink(): StructElement | undefined {
    const open = this.open;
    if (open?.kind !== 'element') return undefined;
    if (open.role === 'Link') return open;
    return open.link;
  }
}
