import type { Assessment, AssessmentStatus } from '../assessment/types';
import type { Citation } from '../domain/citation';
import type { ItemKind } from '../domain/entities';
import type {
  AnnotationRecord,
  ChangeRecord,
  ObservationRecord,
  OrganisationRecord,
  PlanRecord,
  PolicyRecord,
  TargetRecord,
} from '../domain/records';
import type { ChangesSince, ObservationChange, StatusChangeEntry, StatusChangeInput } from './changes-since';
import type { BriefingFields } from './model';
import type { SourceNote } from './sources';

/**
 * A briefing with everything it shows looked up: the targets a filter selects, each figure
 * with its numbered source, each annotation with its tags. The preview (and so the PDF and
 * the HTML) and the Markdown export all render this one structure.
 */

/** A target with its assessment, as the library rows carry it. */
export type BriefingTarget = TargetRecord & { assessment: Assessment };

/** What a briefing reads from the library. Trashed items are expected to be left out already. */
export interface BriefingLibrary {
  targets: readonly BriefingTarget[];
  observations: readonly ObservationRecord[];
  policies: readonly PolicyRecord[];
  plans: readonly PlanRecord[];
  organisations: readonly OrganisationRecord[];
  annotations: readonly AnnotationRecord[];
  tags: readonly { id: string; name: string }[];
  /** The change history; only needed by "changes since" sections. */
  changes: readonly ChangeRecord[];
  statusChanges: readonly StatusChangeInput[];
}

interface SectionBase {
  id: string;
  /** The element id the contents and the PDF outline link to. */
  anchor: string;
  /** The analyst's heading, or the section type's name when left empty. */
  heading: string;
}

export interface TextSection extends SectionBase {
  type: 'text';
  markdown: string;
}

export interface StatusTableRow {
  target: BriefingTarget;
  status: AssessmentStatus;
  /** Source note of the target's statement. */
  targetRef: number;
  /** Source note of the latest figure; null when there is none. */
  latestRef: number | null;
}

export interface StatusTableSection extends SectionBase {
  type: 'status-table';
  /** "Targets due in 2025", "3 chosen targets". */
  selectionText: string;
  rows: StatusTableRow[];
  sources: SourceNote[];
  /** Chosen targets no longer in the library. */
  missing: string[];
}

export interface TargetPage {
  anchor: string;
  target: BriefingTarget;
  /** The plan or policy the target belongs to. */
  parentTitle: string | null;
  /** Every figure of the target, for the chart. */
  observations: ObservationRecord[];
  /** The latest figures, oldest first, each with its source note. */
  latest: { observation: ObservationRecord; ref: number }[];
  /** The source notes of every figure the chart plots. */
  chartRefs: number[];
  targetRef: number;
  sources: SourceNote[];
}

export interface TargetPagesSection extends SectionBase {
  type: 'target-pages';
  pages: TargetPage[];
  missing: string[];
}

export interface ResolvedAnnotation {
  record: AnnotationRecord;
  tags: string[];
}

export interface AnnotatedItem {
  kind: ItemKind;
  id: string;
  title: string;
  titleZh: string | null;
  /** A policy's document number, e.g. 中办发〔2006〕10号. */
  docNumber: string | null;
  citation: Citation;
  link: string;
  annotations: ResolvedAnnotation[];
}

export interface AnnotatedItemsSection extends SectionBase {
  type: 'annotated-items';
  items: AnnotatedItem[];
  missing: { kind: ItemKind; id: string }[];
}

/** One target's (or item's) changes in a "changes since" section. */
export interface ChangeGroup {
  kind: ItemKind | null;
  id: string | null;
  title: string;
  /** Null when the item is no longer in the library. */
  link: string | null;
  observations: { change: ObservationChange; ref: number }[];
  statusChanges: { entry: StatusChangeEntry; causeText: string }[];
  annotations: ResolvedAnnotation[];
}

export interface ChangesSinceSection extends SectionBase {
  type: 'changes-since';
  since: string;
  counts: ChangesSince['counts'];
  groups: ChangeGroup[];
  sources: SourceNote[];
}

export type ResolvedSection = TextSection | StatusTableSection | TargetPagesSection | AnnotatedItemsSection | ChangesSinceSection;

export interface ContentsEntry {
  anchor: string;
  heading: string;
  children: { anchor: string; heading: string }[];
}

export interface BriefingDocument {
  fields: BriefingFields;
  sections: ResolvedSection[];
  contents: ContentsEntry[];
}
