import { useLayoutEffect, useRef } from 'react';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../../../shared/domain/annotation';
import { COLOUR_LABELS } from './colours';
import type { Spot } from './useReadingSelection';

interface SelectionToolbarProps {
  spot: Spot;
  colour: HighlightColour;
  onHighlight: (colour: HighlightColour) => void;
  onComment: () => void;
}

/**
 * The small toolbar under a selection in the text. It sits right after the text in the tab
 * order, so a keyboard user reaches "Highlight selection" with Tab. Pressing its buttons with
 * the mouse must not move the selection, hence preventDefault on mousedown.
 */
export function SelectionToolbar({ spot, colour, onHighlight, onComment }: SelectionToolbarProps) {
  const ref = useRef<HTMLDivElement>(null);
  // Placed before paint, once its width is known, so it stays inside the reading area.
  useLayoutEffect(() => {
    const toolbar = ref.current;
    const area = toolbar?.offsetParent;
    if (!toolbar || !(area instanceof HTMLElement)) return;
    toolbar.style.left = `${Math.max(0, Math.min(spot.left - 8, area.clientWidth - toolbar.offsetWidth))}px`;
    toolbar.style.top = `${spot.top + 6}px`;
  }, [spot.left, spot.top]);

  return (
    <div
      ref={ref}
      role="toolbar"
      aria-label="Selected passage"
      className="selection-toolbar floating"
      onMouseDown={(event) => event.preventDefault()}
    >
      <button type="button" className="button primary" onClick={() => onHighlight(colour)}>
        <span className={`colour-dot hl-${colour}`} aria-hidden="true" /> Highlight selection
      </button>
      <span className="swatches" role="group" aria-label="Highlight in a colour">
        {HIGHLIGHT_COLOURS.map((choice) => (
          <button
            key={choice}
            type="button"
            className={`swatch hl-${choice}`}
            aria-label={`Highlight in ${COLOUR_LABELS[choice].toLowerCase()}`}
            title={`Highlight in ${COLOUR_LABELS[choice].toLowerCase()}`}
            onClick={() => onHighlight(choice)}
          />
        ))}
      </span>
      <button type="button" className="button" onClick={onComment}>
        Highlight with comment…
      </button>
    </div>
  );
}
