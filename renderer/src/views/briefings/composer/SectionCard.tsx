import type { DragEvent, KeyboardEvent, Ref } from 'react';
import { type BriefingSection, SECTION_TYPE_LABELS } from '../../../../../shared/briefing/model';
import { SectionEditor } from './editors/SectionEditor';
import { Field } from './Field';

export interface SectionCardProps {
  section: BriefingSection;
  index: number;
  count: number;
  errors: Readonly<Record<string, string>>;
  cardRef: Ref<HTMLLIElement>;
  /** Where a dragged section would land: before this one, after it (the last), or neither. */
  dropMark: 'before' | 'after' | null;
  dragging: boolean;
  onChange: (next: BriefingSection) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
  onDragStart: (event: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/** The element id of a section's card, and the prefix of its controls' ids. */
export const sectionDomId = (id: string) => `section-${id}`;

/** Keys that mean something else inside these controls are left to them. */
const OWN_ARROW_KEYS = 'textarea, select, input[type="number"], input[type="date"], .links-picker';

/** One section in the composer: its place, its heading and its content, with move and remove. */
export function SectionCard(props: SectionCardProps) {
  const { section, index, count, errors, cardRef, dropMark, dragging, onChange, onMove, onRemove } = props;
  const domId = sectionDomId(section.id);
  const onKeyDown = (event: KeyboardEvent<HTMLLIElement>) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if ((event.target as HTMLElement).closest(OWN_ARROW_KEYS)) return;
    event.preventDefault();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
  return (
    <li
      ref={cardRef}
      id={domId}
      className={`composer-section${dropMark ? ` drop-${dropMark}` : ''}${dragging ? ' dragging' : ''}`}
      tabIndex={-1}
      aria-labelledby={`${domId}-title`}
      aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
      onKeyDown={onKeyDown}
      data-section-type={section.type}
    >
      <div className="section-bar">
        <span
          className="drag-handle"
          draggable
          onDragStart={props.onDragStart}
          onDragEnd={props.onDragEnd}
          title="Drag to move this section"
          // Keyboard users move sections with the buttons or Alt+↑ / Alt+↓; the handle is for the mouse.
          aria-hidden="true"
        >
          ⠿
        </span>
        <div className="section-name">
          <span className="section-type">{SECTION_TYPE_LABELS[section.type]}</span>
          <h3 id={`${domId}-title`}>
            {index + 1}. {section.heading.trim() || 'No heading'}
          </h3>
        </div>
        <span className="section-buttons">
          <button type="button" className="button small" disabled={index === 0} onClick={() => onMove(-1)}>
            Move up
          </button>
          <button type="button" className="button small" disabled={index === count - 1} onClick={() => onMove(1)}>
            Move down
          </button>
          <button type="button" className="button small danger" onClick={onRemove}>
            Remove
          </button>
        </span>
      </div>
      <div className="field-grid">
        <Field id={`${domId}-heading`} label="Heading" error={errors.heading} wide>
          {(control) => (
            <input
              {...control}
              type="text"
              value={section.heading}
              onChange={(event) => onChange({ ...section, heading: event.target.value })}
            />
          )}
        </Field>
        <SectionEditor section={section} errors={errors} onChange={onChange} idPrefix={domId} />
      </div>
    </li>
  );
}
