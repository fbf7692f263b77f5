import { type BriefingSection, type BriefingSectionType, newSection } from '../../../../../shared/briefing/model';
import { useToasts } from '../../../components/Toasts';
import { AddSectionMenu } from './AddSectionMenu';
import { newSectionId, sectionName, todayIso } from './draft';
import { SectionCard } from './SectionCard';
import { useSectionOrdering } from './useSectionOrdering';

interface SectionListProps {
  sections: BriefingSection[];
  /** Each section's errors, by section id. */
  errors: Readonly<Record<string, Readonly<Record<string, string>>>>;
  setSections: (update: (sections: BriefingSection[]) => BriefingSection[]) => void;
  updateSection: (id: string, next: BriefingSection) => void;
}

const NO_ERRORS = {};

/** The briefing's sections in reading order: add, edit, reorder (drag or keyboard) and remove. */
export function SectionList({ sections, errors, setSections, updateSection }: SectionListProps) {
  const toasts = useToasts();
  const ordering = useSectionOrdering(sections, setSections);

  const add = (type: BriefingSectionType) => {
    const section = newSection(type, newSectionId(), todayIso());
    setSections((current) => [...current, section]);
    ordering.focusHeading(section.id);
    ordering.setAnnouncement(`Added a section “${sectionName(section)}” at position ${sections.length + 1}.`);
  };

  // Removing is undoable rather than confirmed: nothing is lost, and the flow is not interrupted.
  const remove = (id: string) => {
    const index = sections.findIndex((section) => section.id === id);
    const removed = sections[index];
    if (!removed) return;
    setSections((current) => current.filter((section) => section.id !== id));
    const neighbour = sections[index + 1] ?? sections[index - 1];
    if (neighbour) ordering.focusCard(neighbour.id);
    ordering.setAnnouncement(`Removed the section “${sectionName(removed)}”.`);
    toasts.show(`Removed the section “${sectionName(removed)}”.`, {
      label: 'Undo',
      run: () => {
        setSections((current) =>
          current.some((section) => section.id === id) ? current : [...current.slice(0, index), removed, ...current.slice(index)],
        );
        ordering.focusCard(id);
      },
    });
  };

  return (
    <section className="composer-sections" aria-labelledby="sections-title">
      <div className="sections-header">
        <h2 id="sections-title">Sections ({sections.length})</h2>
        <p className="muted" id="sections-help">
          Drag a section by its ⠿ handle, or use Move up and Move down (Alt+↑ and Alt+↓ inside a section).
        </p>
      </div>
      {sections.length === 0 ? (
        <p className="empty-state">No sections yet. Add the first one below.</p>
      ) : (
        <ol className="section-list" aria-labelledby="sections-title" aria-describedby="sections-help" {...ordering.drag.list}>
          {sections.map((section, index) => (
            <SectionCard
              key={section.id}
              section={section}
              index={index}
              count={sections.length}
              errors={errors[section.id] ?? NO_ERRORS}
              cardRef={ordering.cardRef(section.id)}
              dropMark={ordering.dropMark(section.id, index)}
              dragging={ordering.dragging === section.id}
              onChange={(next) => updateSection(section.id, next)}
              onMove={(by) => ordering.move(section.id, by)}
              onRemove={() => remove(section.id)}
              onDragStart={ordering.drag.start(section.id)}
              onDragEnd={ordering.drag.end}
            />
          ))}
        </ol>
      )}
      <AddSectionMenu onAdd={add} />
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="section-announcement">
        {ordering.announcement}
      </p>
    </section>
  );
}
