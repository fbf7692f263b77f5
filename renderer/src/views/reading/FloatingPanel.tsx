import { type ReactNode, useEffect, useRef } from 'react';
import type { Spot } from './useReadingSelection';

interface FloatingPanelProps {
  label: string;
  spot: Spot;
  /** Escape or the × button: the reader is done here. */
  onClose: () => void;
  /**
   * A mouse press elsewhere: a note being read just goes away. Left unset for a comment being
   * typed, which a stray click must not throw away.
   */
  onOutsidePress?: () => void;
  children: ReactNode;
}

/**
 * A non-modal panel over the text, next to the passage it belongs to: the note popover and the
 * new-highlight form. Escape closes it. It takes focus when it opens (unless something inside
 * asks for it with autoFocus), so a keyboard user lands in it.
 */
export function FloatingPanel({ label, spot, onClose, onOutsidePress, children }: FloatingPanelProps) {
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const panel = ref.current;
    if (panel && !panel.contains(document.activeElement)) panel.focus({ preventScroll: true });
  }, []);

  useEffect(() => {
    if (!onOutsidePress) return;
    const onPress = (event: MouseEvent) => {
      if (ref.current && !ref.current.contains(event.target as Node)) onOutsidePress();
    };
    document.addEventListener('mousedown', onPress);
    return () => document.removeEventListener('mousedown', onPress);
  }, [onOutsidePress]);

  return (
    <div
      ref={ref}
      role="dialog"
      aria-label={label}
      tabIndex={-1}
      className="floating-panel floating"
      style={{ top: spot.top + 6, left: spot.left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation();
          onClose();
        }
      }}
    >
      <div className="floating-panel-head">
        <span className="floating-panel-title">{label}</span>
        <button type="button" className="link-button" aria-label={`Close ${label.toLowerCase()}`} onClick={onClose}>
          ×
        </button>
      </div>
      {children}
    </div>
  );
}
