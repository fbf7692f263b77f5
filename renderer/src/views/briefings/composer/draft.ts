import {
  type BriefingFields,
  briefingFieldsSchema,
  type BriefingSection,
  SECTION_TYPE_LABELS,
} from '../../../../../shared/briefing/model';
import type { ItemKind } from '../../../../../shared/domain/entities';
import type { BriefingRecord } from '../../../../../shared/domain/records';
import { ValidationError } from '../../../data/validation-error';

/**
 * The composer's pure logic: what a new briefing starts as, how a draft is checked, and
 * how the save's field errors (keyed by a section's place in the list) reach the section
 * they belong to, which the analyst may have moved since.
 */

export type FieldErrors = Readonly<Record<string, string>>;

/** Today in the analyst's own time zone, as the model's YYYY-MM-DD. */
export function todayIso(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Section ids only need to be unique within a briefing; a UUID also keeps them apart across copies. */
export const newSectionId = () => `sec-${crypto.randomUUID()}`;

export const UNTITLED = 'Untitled briefing';

/** What "New briefing" saves: dated today, signed by the analyst, with no sections yet. */
export function newBriefingFields(author: string, today: string): BriefingFields {
  return { title: UNTITLED, audience: '', date: today, author, marking: '', paper: 'A4', sections: [] };
}

/** The editable part of a stored briefing. */
export function fieldsOf(record: BriefingRecord): BriefingFields {
  const { title, audience, date, author, marking, paper, sections } = record;
  return { title, audience, date, author, marking, paper, sections };
}

/** Plain sentences for the model's number checks, whose own messages read like a compiler's. */
const NUMBER_MESSAGES: Record<string, string> = {
  latestObservations: 'Enter a whole number from 1 to 50',
  'selection.dueYear': 'Enter a year from 1900 to 2200, or leave it empty for any year',
};

/** Every problem with a draft at once, keyed by field path ("sections.2.targetIds"). */
export function validateDraft(draft: BriefingFields): FieldErrors {
  const checked = briefingFieldsSchema.safeParse(draft);
  if (checked.success) return {};
  const errors = { ...ValidationError.fromZod(checked.error).fieldErrors };
  for (const key of Object.keys(errors)) {
    const inSection = /^sections\.\d+\.(.+)$/u.exec(key)?.[1];
    const plain = inSection ? NUMBER_MESSAGES[inSection] : undefined;
    if (plain) errors[key] = plain;
  }
  return errors;
}

export interface SplitErrors {
  /** Errors of the briefing's own fields (title, date, …). */
  fields: Record<string, string>;
  /** Errors of each section, by section id, keyed by the path inside the section ("selection.dueYear"). */
  sections: Record<string, Record<string, string>>;
}

/** Sorts errors by where they show: next to a briefing field, or inside a section. */
export function splitErrors(errors: FieldErrors, sections: readonly BriefingSection[]): SplitErrors {
  const split: SplitErrors = { fields: {}, sections: {} };
  for (const [key, message] of Object.entries(errors)) {
    const match = /^sections\.(\d+)\.(.+)$/u.exec(key);
    const section = match ? sections[Number(match[1])] : undefined;
    if (match && section) (split.sections[section.id] ??= {})[match[2]!] = message;
    else split.fields[key] = message;
  }
  return split;
}

/** A section as the analyst knows it: by its heading, or by its type while it has none. */
export function sectionName(section: BriefingSection): string {
  return section.heading.trim() || SECTION_TYPE_LABELS[section.type];
}

const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  audience: 'Audience',
  date: 'Date',
  author: 'Author',
  marking: 'Marking',
  paper: 'Paper',
  sections: 'Sections',
  heading: 'Heading',
  markdown: 'Text',
  'selection.targetIds': 'Targets',
  'selection.dueYear': 'Due year',
  'selection.statuses': 'Statuses',
  'selection.planId': 'Plan',
  targetIds: 'Targets',
  latestObservations: 'Latest observations',
  items: 'Items',
  since: 'Since',
};

/** "Title", or "Section 2 (Targets in detail): Targets": where an error is, for the summary. */
export function errorPlace(key: string, sections: readonly BriefingSection[]): string {
  const match = /^sections\.(\d+)\.(.+)$/u.exec(key);
  const section = match ? sections[Number(match[1])] : undefined;
  if (!match || !section) return FIELD_LABELS[key] ?? key;
  const field = FIELD_LABELS[match[2]!] ?? match[2]!;
  return `Section ${Number(match[1]) + 1} (${sectionName(section)}): ${field}`;
}

/** What the live region says after a move, so a screen reader user knows where the section went. */
export function moveAnnouncement(sections: readonly BriefingSection[], id: string): string {
  const index = sections.findIndex((section) => section.id === id);
  if (index < 0) return '';
  return `Moved “${sectionName(sections[index]!)}” to position ${index + 1} of ${sections.length}.`;
}

/**
 * Equal content, whatever order an object's keys were written in: switching a table's
 * selection away and back must not leave the draft looking changed.
 */
export function sameFields(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([x], [y]) => x.localeCompare(y)))
      : entry,
  );
}

export interface ItemRef {
  kind: ItemKind;
  id: string;
}

/**
 * The items of an annotated-items section after the picker of one kind changed: items of
 * other kinds and those still chosen keep their places; newly chosen ones go last.
 */
export function withItemsOfKind(items: readonly ItemRef[], kind: ItemKind, ids: readonly string[]): ItemRef[] {
  const kept = items.filter((item) => item.kind !== kind || ids.includes(item.id));
  const added = ids.filter((id) => !items.some((item) => item.kind === kind && item.id === id)).map((id) => ({ kind, id }));
  return [...kept, ...added];
}
