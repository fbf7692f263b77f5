import {
  ANALYST_STATUSES,
  type ItemKind,
  ORGANISATION_KINDS,
  POLICY_KINDS,
  POLICY_STATUSES,
  TARGET_DIRECTIONS,
  VALUE_QUALIFIERS,
} from '../../../../shared/domain/entities';

/** One input of an item form. `name` is the field's path in the item ("citation.source"). */
export type FieldSpec =
  | { name: string; label: string; type: 'text' | 'textarea' | 'partial-date' | 'list'; help?: string; lang?: string }
  | { name: string; label: string; type: 'number' | 'year'; help?: string }
  | { name: string; label: string; type: 'select'; options: readonly string[]; help?: string }
  | { name: string; label: string; type: 'link'; linkKind: ItemKind; help?: string }
  | { name: string; label: string; type: 'links'; linkKind: ItemKind | readonly ItemKind[]; help?: string };

/** The groups of fields a form shows, each under its own legend. */
export interface FormSection {
  legend: string;
  fields: FieldSpec[];
}

const citationFields: FieldSpec[] = [
  { name: 'citation.source', label: 'Source document', type: 'text', help: 'The document this comes from' },
  {
    name: 'citation.section',
    label: 'Section',
    type: 'text',
    help: 'Its section heading, e.g. "5 Scientific Journals › (1) Guiding opinions"',
  },
  { name: 'citation.page', label: 'Page', type: 'number' },
  { name: 'citation.quote', label: 'Quote', type: 'textarea', help: 'The sentence that states it, verbatim' },
];

export const fieldSpecs: Record<ItemKind, { main: FieldSpec[]; citation: FieldSpec[]; extra?: FormSection }> = {
  policy: {
    main: [
      { name: 'title', label: 'English title', type: 'text' },
      { name: 'titleZh', label: 'Chinese title', type: 'text', lang: 'zh' },
      { name: 'docNumber', label: 'Document number', type: 'text', lang: 'zh', help: 'e.g. 中办发〔2006〕10号' },
      { name: 'kind', label: 'Kind', type: 'select', options: POLICY_KINDS },
      { name: 'issuerIds', label: 'Issuers', type: 'links', linkKind: 'organisation' },
      { name: 'issued', label: 'Issued', type: 'partial-date', help: 'YYYY, YYYY-MM or YYYY-MM-DD' },
      { name: 'periodStart', label: 'In force from (year)', type: 'year' },
      { name: 'periodEnd', label: 'In force to (year)', type: 'year' },
      { name: 'status', label: 'Status', type: 'select', options: POLICY_STATUSES },
      { name: 'summary', label: 'Summary', type: 'textarea' },
      { name: 'themes', label: 'Themes', type: 'list', help: 'Separate with commas' },
      { name: 'text', label: 'Text or key passages', type: 'textarea' },
    ],
    citation: citationFields,
  },
  plan: {
    main: [
      { name: 'title', label: 'English title', type: 'text' },
      { name: 'titleZh', label: 'Chinese title', type: 'text', lang: 'zh' },
      { name: 'policyId', label: 'Issued as policy', type: 'link', linkKind: 'policy' },
      { name: 'issuerIds', label: 'Issuers', type: 'links', linkKind: 'organisation' },
      { name: 'periodStart', label: 'Period from (year)', type: 'year' },
      { name: 'periodEnd', label: 'Period to (year)', type: 'year' },
      { name: 'summary', label: 'Summary', type: 'textarea' },
    ],
    citation: citationFields,
  },
  target: {
    main: [
      { name: 'statement', label: 'Statement', type: 'textarea' },
      { name: 'statementZh', label: 'Chinese statement', type: 'text', lang: 'zh' },
      { name: 'planId', label: 'Plan', type: 'link', linkKind: 'plan' },
      { name: 'policyId', label: 'Policy', type: 'link', linkKind: 'policy' },
      { name: 'ownerIds', label: 'Responsible organisations', type: 'links', linkKind: 'organisation' },
      { name: 'metric', label: 'Metric', type: 'text', help: 'What is counted' },
      { name: 'unit', label: 'Unit', type: 'text' },
      { name: 'direction', label: 'Direction', type: 'select', options: TARGET_DIRECTIONS },
      { name: 'baselineValue', label: 'Baseline value', type: 'number' },
      { name: 'baselineYear', label: 'Baseline year', type: 'year' },
      { name: 'targetValue', label: 'Target value', type: 'number' },
      { name: 'dueYear', label: 'Due year', type: 'year' },
      { name: 'themes', label: 'Themes', type: 'list', help: 'Separate with commas' },
    ],
    citation: citationFields,
    extra: {
      legend: "Analyst's status (qualitative targets)",
      fields: [
        {
          name: 'judgement.status',
          label: 'Status',
          type: 'select',
          options: ANALYST_STATUSES,
          help: 'A qualitative target has no figure to project: judge it, and link what shows it',
        },
        { name: 'judgement.evidenceIds', label: 'Evidence', type: 'links', linkKind: ['observation', 'policy'] },
        { name: 'judgement.note', label: 'Why this status', type: 'textarea' },
      ],
    },
  },
  observation: {
    main: [
      { name: 'indicator', label: 'Indicator', type: 'text' },
      { name: 'subject', label: 'Subject', type: 'text', help: 'The country or organisation the figure is about' },
      { name: 'targetId', label: 'Target', type: 'link', linkKind: 'target', help: 'Leave empty for a free-standing indicator' },
      { name: 'value', label: 'Value', type: 'number' },
      { name: 'qualifier', label: 'As stated', type: 'select', options: VALUE_QUALIFIERS },
      { name: 'unit', label: 'Unit', type: 'text' },
      { name: 'year', label: 'Year', type: 'year' },
      { name: 'date', label: 'Date', type: 'partial-date', help: 'Optional: YYYY-MM or YYYY-MM-DD' },
      { name: 'note', label: 'Note', type: 'textarea' },
    ],
    citation: citationFields,
  },
  organisation: {
    main: [
      { name: 'name', label: 'English name', type: 'text' },
      { name: 'nameZh', label: 'Chinese name', type: 'text', lang: 'zh' },
      { name: 'abbreviation', label: 'Short name', type: 'text' },
      { name: 'kind', label: 'Kind', type: 'select', options: ORGANISATION_KINDS },
      { name: 'country', label: 'Country', type: 'text' },
      { name: 'description', label: 'Description', type: 'textarea' },
    ],
    citation: citationFields,
  },
};

/** Defaults for a new item's select fields. */
export const newItemDefaults: Record<ItemKind, Record<string, string>> = {
  policy: { kind: 'plan', status: 'unknown' },
  plan: {},
  target: { direction: 'increase' },
  observation: { qualifier: 'exact' },
  organisation: { kind: 'government' },
};

/** Every field of a kind's form, in the order the form shows them. */
export function allFieldsOf(kind: ItemKind): FieldSpec[] {
  const specs = fieldSpecs[kind];
  return [...specs.main, ...(specs.extra?.fields ?? []), ...specs.citation];
}

/**
 * Turns what the form holds into the item's input where the form's shape and the item's
 * differ: a target with no analyst's status has no judgement at all.
 */
export function shapeInput(kind: ItemKind, input: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'target') return input;
  const judgement = input.judgement as { status?: string } | undefined;
  return judgement?.status ? input : { ...input, judgement: null };
}
