/**
 * Marked content while pdfmake renders: each drawing operation first says whose it is, and a new
 * marked-content sequence opens only when the owner changes, so a paragraph's lines share one.
 * Structure content gets its MCID from pdfkit (`markStructureContent`) and is recorded in its
 * element; artifacts are marked as such. Sequences never cross a page or a saved graphics state.
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
  page: { dictionary: PdfReference };
  markContent(tag: string, options?: Record<string, unknown>): unknown;
  markStructureContent(tag: string): { refs: { mcid: number }[] };
  endMarkedContent(): unknown;
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
      this.doc.markContent('Artifact', { type: owner.type });
    } else {
      const content = this.doc.markStructureContent(owner.role);
      const mcid = content.refs[0]?.mcid ?? 0;
      owner.children.push({ kind: 'content', page: this.doc.page.dictionary, mcid });
    }
    this.open = owner;
  }

  /** Ends the open sequence: before a page ends and before the graphics state is saved or restored. */
  close(): void {
    if (this.open === undefined) return;
    this.doc.endMarkedContent();
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
