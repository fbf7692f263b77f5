import { type DragEvent, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { type BriefingSection, moveSection, placeSectionBefore } from '../../../../../shared/briefing/model';
import { moveAnnouncement, sectionName } from './draft';
import { sectionDomId } from './SectionCard';

/** Only drags started from a section's handle carry this type, so text dragged in from elsewhere is ignored. */
const DRAG_TYPE = 'application/x-policydesk-section';

type SetSections = (update: (sections: BriefingSection[]) => BriefingSection[]) => void;

/** Where focus goes once the list has re-rendered: an element that was focused, or a part of a card. */
type FocusRequest = { id: string; element: HTMLElement | null } | { id: string; part: 'heading' };

/**
 * Moving sections by drag and drop and by keyboard, and telling the analyst where each went.
 * React re-inserts moved cards into the document, which can drop focus; focus is put back
 * on what had it (or on the card, when that control is now disabled), so a keyboard user
 * can press Alt+↑ again and again.
 */
export function useSectionOrdering(sections: readonly BriefingSection[], setSections: SetSections) {
  const cards = useRef(new Map<string, HTMLLIElement>());
  const focusRequest = useRef<FocusRequest | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  /** Undefined while nothing is dragged over the list; null for "after the last section". */
  const [dropBefore, setDropBefore] = useState<string | null | undefined>(undefined);

  useLayoutEffect(() => {
    const request = focusRequest.current;
    if (!request) return;
    focusRequest.current = null;
    const card = cards.current.get(request.id);
    if (!card) return;
    const target =
      'part' in request
        ? document.getElementById(`${sectionDomId(request.id)}-heading`)
        : request.element && card.contains(request.element) && !(request.element as HTMLButtonElement).disabled
          ? request.element
          : card;
    if (target && document.activeElement !== target) target.focus({ preventScroll: true });
    card.scrollIntoView({ block: 'nearest' });
  });

  const cardRef = useCallback(
    (id: string) => (element: HTMLLIElement | null) => {
      if (element) cards.current.set(id, element);
      else cards.current.delete(id);
    },
    [],
  );

  const reorder = (id: string, next: BriefingSection[]) => {
    focusRequest.current = { id, element: document.activeElement as HTMLElement | null };
    setSections(() => next);
    setAnnouncement(moveAnnouncement(next, id));
  };

  const move = (id: string, by: -1 | 1) => {
    const from = sections.findIndex((section) => section.id === id);
    const to = from + by;
    if (from < 0) return;
    if (to < 0 || to >= sections.length) {
      setAnnouncement(`“${sectionName(sections[from]!)}” is already ${by < 0 ? 'first' : 'last'}.`);
      return;
    }
    reorder(id, moveSection(sections, id, by));
  };

  /** The section a pointer at this height would drop before: the first whose middle is below it. */
  const beforeIdAt = (clientY: number): string | null => {
    for (const section of sections) {
      const rect = cards.current.get(section.id)?.getBoundingClientRect();
      if (rect && clientY < rect.top + rect.height / 2) return section.id;
    }
    return null;
  };

  const endDrag = () => {
    setDragging(null);
    setDropBefore(undefined);
  };

  const drag = {
    start: (id: string) => (event: DragEvent<HTMLElement>) => {
      event.dataTransfer.effectAllowed = 'move';
      event.dataTransfer.setData(DRAG_TYPE, id);
      const card = cards.current.get(id);
      if (card) event.dataTransfer.setDragImage(card, 16, 16);
      setDragging(id);
    },
    end: endDrag,
    /** Handlers for the list itself, so the gaps between cards and the space below them are drop targets too. */
    list: {
      onDragOver: (event: DragEvent<HTMLElement>) => {
        if (!dragging || !event.dataTransfer.types.includes(DRAG_TYPE)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setDropBefore(beforeIdAt(event.clientY));
      },
      onDragLeave: (event: DragEvent<HTMLElement>) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropBefore(undefined);
      },
      onDrop: (event: DragEvent<HTMLElement>) => {
        if (!dragging) return;
        event.preventDefault();
        const next = placeSectionBefore(sections, dragging, beforeIdAt(event.clientY));
        if (next.some((section, index) => section.id !== sections[index]?.id)) reorder(dragging, next);
        endDrag();
      },
    },
  };

  /** Where the drop mark shows on a card while a section is dragged over the list. */
  const dropMark = (id: string, index: number): 'before' | 'after' | null => {
    if (dropBefore === undefined || dragging === null) return null;
    if (dropBefore === id) return 'before';
    return dropBefore === null && index === sections.length - 1 ? 'after' : null;
  };

  const focusHeading = (id: string) => {
    focusRequest.current = { id, part: 'heading' };
  };
  const focusCard = (id: string) => {
    focusRequest.current = { id, element: null };
  };

  return { announcement, setAnnouncement, cardRef, move, drag, dragging, dropMark, focusHeading, focusCard };
}
