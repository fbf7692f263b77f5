import { createPortal } from 'react-dom';
import type { BriefingDocument } from '../../../../../shared/briefing/document-types';
import type { BriefingFields } from '../../../../../shared/briefing/model';
import { BriefingPreview } from '../document/BriefingPreview';

/**
 * A copy of the preview, rendered off screen for one export: the export is made from the
 * briefing as it was when the button was pressed, at that generation time, whether or not
 * the visible preview is scrolled, hidden or still catching up with typing.
 */
export function ExportStage({
  briefing,
  generatedAt,
  onReady,
}: {
  briefing: BriefingFields;
  generatedAt: Date;
  onReady: (root: HTMLElement, document: BriefingDocument) => void;
}) {
  return createPortal(
    <div className="briefing-export-stage" aria-hidden="true" inert>
      <BriefingPreview briefing={briefing} generatedAt={generatedAt} onReady={onReady} />
    </div>,
    document.body,
  );
}
