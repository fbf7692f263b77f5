import { useEffect, useRef, useState } from 'react';
import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import { generatedText } from '../../../../../shared/briefing/figures';
import type { BriefingFields } from '../../../../../shared/briefing/model';
import { currentYear } from '../../../data/assessments';
import { BriefingDocumentView } from './BriefingDocumentView';
import { registerDocumentFonts } from './document-fonts';
import { forgetPreview, markPreviewReady } from './ready-previews';
import { useBriefingDocument } from './useBriefingDocument';
import './briefing-document.css';

export interface BriefingPreviewProps {
  briefing: BriefingFields;
  /** When the document is generated (cover and footer); now, by default. */
  generatedAt?: Date;
  /**
   * Called with the document's root once it is complete: data loaded, fonts loaded and the
   * charts drawn. The export prints exactly that DOM.
   */
  onReady?: (root: HTMLElement, document: BriefingDocument) => void;
}

/** Resolves after the browser has painted twice: React has committed and the charts have measured. */
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * The briefing exactly as it prints: the same DOM and the same stylesheet the PDF and the
 * HTML export are made from, shown as sheets of the chosen paper in a scrolling frame.
 * Forced page breaks (after the cover and the contents, before each target page) show as
 * separate sheets; where a long section breaks across pages is the print engine's choice,
 * governed by the no-split rules in the stylesheet.
 */
export function BriefingPreview({ briefing, generatedAt, onReady }: BriefingPreviewProps) {
  const document = useBriefingDocument(briefing);
  const [openedAt] = useState(() => new Date());
  const generated = generatedText(generatedAt ?? openedAt);
  const rootRef = useRef<HTMLElement>(null);
  const readyRef = useRef(onReady);
  useEffect(() => {
    readyRef.current = onReady;
  }, [onReady]);

  useEffect(() => registerDocumentFonts(), []);

  useEffect(() => {
    const root = rootRef.current;
    if (!document || !root) return;
    let cancelled = false;
    void (async () => {
      await afterPaint();
      await globalThis.document.fonts.ready;
      await afterPaint();
      if (cancelled) return;
      markPreviewReady(briefing, { root, document });
      readyRef.current?.(root, document);
    })();
    return () => {
      cancelled = true;
      forgetPreview(briefing, root);
    };
  }, [briefing, document]);

  if (!document) {
    return (
      <p className="muted" role="status">
        Preparing the preview…
      </p>
    );
  }
  return (
    <div className="briefing-frame" tabIndex={0} role="region" aria-label="Briefing preview">
      <article
        ref={rootRef}
        className={`briefing-doc paper-${briefing.paper === 'Letter' ? 'letter' : 'a4'}`}
        lang="en"
        data-testid="briefing-document"
      >
        <BriefingDocumentView document={document} generated={generated} currentYear={currentYear()} />
      </article>
    </div>
  );
}
