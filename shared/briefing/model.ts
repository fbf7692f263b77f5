import { z } from 'zod';
import { ASSESSMENT_STATUSES } from '../assessment/types';
import { ITEM_KINDS } from '../domain/entities';

/**
 * A briefing: the analyst's product for readers who will never open the app. It is saved
 * as this model and rendered the same way for the preview, the PDF, the HTML and the
 * Markdown exports, so the four never disagree.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'Use a date as YYYY-MM-DD');
const sectionId = z.string().min(1);
const heading = z.string().trim().max(200, 'A heading can be up to 200 characters');

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Which targets a status table lists: chosen by hand, or every target matching a filter. */
export const targetSelectionSchema = z.discriminatedUnion('mode', [
  z.object({ mode: z.literal('chosen'), targetIds: z.array(z.string().min(1)).min(1, 'Choose at least one target') }),
  z.object({
    mode: z.literal('filter'),
    /** e.g. every target due in 2025. */
    dueYear: z.number().int().min(1900).max(2200).nullable().default(null),
    statuses: z.array(z.enum(ASSESSMENT_STATUSES)).default([]),
    planId: z.string().min(1).nullable().default(null),
  }),
]);
export type TargetSelection = z.infer<typeof targetSelectionSchema>;

export const briefingSectionSchema = z.discriminatedUnion('type', [
  z.object({ id: sectionId, type: z.literal('text'), heading, markdown: z.string().max(100_000).default('') }),
  z.object({ id: sectionId, type: z.literal('status-table'), heading, selection: targetSelectionSchema }),
  z.object({
    id: sectionId,
    type: z.literal('target-pages'),
    heading,
    targetIds: z.array(z.string().min(1)).min(1, 'Choose at least one target'),
    /** How many of the latest figures each target page lists. */
    latestObservations: z.number().int().min(1).max(50).default(5),
  }),
  z.object({
    id: sectionId,
    type: z.literal('annotated-items'),
    heading,
    items: z.array(z.object({ kind: z.enum(ITEM_KINDS), id: z.string().min(1) })).min(1, 'Choose at least one item'),
  }),
  z.object({ id: sectionId, type: z.literal('changes-since'), heading, since: isoDay }),
]);
export type BriefingSection = z.infer<typeof briefingSectionSchema>;
export type BriefingSectionType = BriefingSection['type'];

export const SECTION_TYPE_LABELS: Record<BriefingSectionType, string> = {
  text: 'Text',
  'status-table': 'Target status table',
  'target-pages': 'Target pages',
  'annotated-items': 'Items with their annotations',
  'changes-since': 'Changes since a date',
};

export const briefingFieldsSchema = z.object({
  title: z.string().trim().min(1, 'The title is required').max(200),
  audience: z.string().trim().max(200).default(''),
  date: isoDay,
  author: z.string().trim().max(100).default(''),
  /** A classification or handling marking printed on every page, e.g. "INTERNAL". */
  marking: z.string().trim().max(60, 'A marking can be up to 60 characters').default(''),
  paper: z.enum(PAPER_SIZES).default('A4'),
  sections: z.array(briefingSectionSchema).max(200).default([]),
});
export type BriefingFields = z.infer<typeof briefingFieldsSchema>;

/** A new, empty section of a type, with the heading readers would expect. */
export function newSection(type: BriefingSectionType, id: string, today: string): BriefingSection {
  switch (type) {
    case 'text':
      return { id, type, heading: 'Summary', markdown: '' };
    case 'status-table':
      return {
        id,
        type,
        heading: 'Targets at a glance',
        selection: { mode: 'filter', dueYear: null, statuses: [], planId: null },
      };
    case 'target-pages':
      return { id, type, heading: 'Targets in detail', targetIds: [], latestObservations: 5 };
    case 'annotated-items':
      return { id, type, heading: 'Items and notes', items: [] };
    case 'changes-since':
      return { id, type, heading: 'What changed', since: today };
  }
}

/** Moves a section up or down by one place (keyboard reordering); out of range changes nothing. */
export function moveSection(sections: readonly BriefingSection[], id: string, by: -1 | 1): BriefingSection[] {
  const from = sections.findIndex((section) => section.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= sections.length) return [...sections];
  const next = [...sections];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved!);
  return next;
}

/** Puts a dragged section before another (drag and drop reordering). */
export function placeSectionBefore(sections: readonly BriefingSection[], id: string, beforeId: string | null): BriefingSection[] {
  const moving = sections.find((section) => section.id === id);
  if (!moving || id === beforeId) return [...sections];
  const rest = sections.filter((section) => section.id !== id);
  const index = beforeId === null ? rest.length : rest.findIndex((section) => section.id === beforeId);
  rest.splice(index < 0 ? rest.length : index, 0, moving);
  return rest;
}
