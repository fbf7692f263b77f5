import type { BriefingSection, BriefingSectionType } from '../../../../../../shared/briefing/model';

export type SectionOf<T extends BriefingSectionType> = Extract<BriefingSection, { type: T }>;

/** What every type-specific section editor receives. */
export interface EditorProps<T extends BriefingSectionType> {
  section: SectionOf<T>;
  /** This section's errors, keyed by the path inside it ("selection.dueYear"). */
  errors: Readonly<Record<string, string>>;
  onChange: (next: SectionOf<T>) => void;
  /** Prefix of the section's control ids: unique in the page, stable while the section lives. */
  idPrefix: string;
}

/** A whole number typed into a number box, or null while it is empty or not a number. */
export function wholeNumberOrNull(text: string): number | null {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value) ? null : value;
}
