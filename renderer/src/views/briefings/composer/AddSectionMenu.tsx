import { useRef } from 'react';
import { type BriefingSectionType, SECTION_TYPE_LABELS } from '../../../../../shared/briefing/model';

const TYPES = Object.keys(SECTION_TYPE_LABELS) as BriefingSectionType[];

/** "Add section", opening a short menu of the section types. */
export function AddSectionMenu({ onAdd }: { onAdd: (type: BriefingSectionType) => void }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const close = () => {
    if (menu.current) menu.current.open = false;
  };
  return (
    <details
      ref={menu}
      className="menu add-section"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !menu.current?.open) return;
        event.preventDefault();
        close();
        menu.current.querySelector('summary')?.focus();
      }}
    >
      <summary className="button">Add section</summary>
      <ul className="menu-panel" aria-label="Section types">
        {TYPES.map((type) => (
          <li key={type}>
            <button
              type="button"
              className="menu-item"
              onClick={() => {
                close();
                onAdd(type);
              }}
            >
              {SECTION_TYPE_LABELS[type]}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
