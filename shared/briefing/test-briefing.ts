import { assessTarget } from '../assessment/assess';
import type { AnnotationRecord, ObservationRecord, PlanRecord, PolicyRecord, TargetRecord } from '../domain/records';
import type { BriefingLibrary, BriefingTarget } from './document-types';
import type { BriefingFields } from './model';

/**
 * A small library and briefing for tests of the briefing's content: one measured target with
 * figures (positions held by Chinese experts in ISTOs: 1,984 in 2019, 2,446 in 2021), a
 * qualitative one, a policy with a Chinese title and document number, a note and a highlight.
 */

const meta = {
  createdAt: '2024-01-01T00:00:00.000Z',
  updatedAt: '2024-01-01T00:00:00.000Z',
  deletedAt: null,
  origin: 'seed',
  revision: 1,
} as const;
const paper = (section: string) => ({ source: '000_b644b3690899bdb2.txt', section, page: null, quote: null });

export const policy: PolicyRecord = {
  ...meta,
  id: 'pol-conferences',
  title: 'Measures for Holding International Conferences in China',
  titleZh: '关于在华举办国际会议的管理办法',
  docNumber: '中办发〔2006〕10号',
  kind: 'regulation',
  issuerIds: [],
  issued: '2006',
  periodStart: null,
  periodEnd: null,
  status: 'in-force',
  summary: '',
  text: 'International conferences held in China require approval.',
  themes: [],
  citation: { ...paper('2.1 Policies'), quote: 'Measures for holding international conferences in China.' },
};

export const plan: PlanRecord = {
  ...meta,
  id: 'pln-14th',
  title: 'CAST 14th Five-Year Plan',
  titleZh: null,
  policyId: null,
  issuerIds: [],
  periodStart: 2021,
  periodEnd: 2025,
  summary: '',
  citation: paper('3 Plans'),
};

const targetRecord: TargetRecord = {
  ...meta,
  id: 'tgt-positions',
  statement: 'Raise positions held by Chinese experts in ISTOs to 3,000 by 2025',
  statementZh: '到2025年国际科技组织任职专家达到3000人',
  planId: 'pln-14th',
  policyId: null,
  ownerIds: [],
  metric: 'Positions held by Chinese experts in ISTOs',
  unit: 'positions',
  direction: 'increase',
  baselineValue: null,
  baselineYear: null,
  targetValue: 3000,
  dueYear: 2025,
  themes: [],
  judgement: null,
  citation: paper('4.3 Participation | in ISTOs'),
};

export const observations: ObservationRecord[] = [
  { year: 2019, value: 1984, id: 'obs-2019' },
  { year: 2021, value: 2446, id: 'obs-2021' },
].map(({ year, value, id }) => ({
  ...meta,
  id,
  targetId: 'tgt-positions',
  indicator: 'Positions held by Chinese experts in ISTOs',
  subject: null,
  value,
  qualifier: 'exact',
  unit: 'positions',
  year,
  date: null,
  note: '',
  citation: paper(`4.3 Participation, ${year}`),
}));

const qualitativeRecord: TargetRecord = {
  ...targetRecord,
  id: 'tgt-secretariats',
  statement: 'Encourage ISTOs to set up secretariats in China',
  statementZh: null,
  direction: 'qualitative',
  targetValue: null,
  unit: null,
  judgement: null,
  citation: paper('3 Plans'),
};

const assess = (target: TargetRecord, figures: ObservationRecord[]): BriefingTarget => ({
  ...target,
  assessment: assessTarget(target, figures, { currentYear: 2024 }),
});

export const measured = assess(targetRecord, observations);
export const qualitative = assess(qualitativeRecord, []);

export const annotations: AnnotationRecord[] = [
  {
    ...meta,
    origin: 'user',
    revision: 1,
    id: 'ann-note',
    itemKind: 'policy',
    itemId: 'pol-conferences',
    kind: 'note',
    body: 'Approval takes **three months**.\nSee the 2019 revision.',
    color: null,
    tagIds: ['tag-approval'],
    selector: null,
    anchor: null,
    author: 'Li Wei',
    createdAt: '2025-03-02T08:00:00.000Z',
  },
  {
    ...meta,
    origin: 'user',
    revision: 1,
    id: 'ann-highlight',
    itemKind: 'policy',
    itemId: 'pol-conferences',
    kind: 'highlight',
    body: 'The key constraint.',
    color: 'yellow',
    tagIds: [],
    selector: {
      quote: { type: 'TextQuoteSelector', exact: 'require approval', prefix: 'China ', suffix: '.' },
      position: { type: 'TextPositionSelector', start: 39, end: 55 },
    },
    anchor: 'anchored',
    author: 'Li Wei',
    createdAt: '2024-06-01T08:00:00.000Z',
  },
];

export const library: BriefingLibrary = {
  targets: [measured, qualitative],
  observations,
  policies: [policy],
  plans: [plan],
  organisations: [],
  annotations,
  tags: [{ id: 'tag-approval', name: 'approval' }],
  changes: [
    {
      seq: 1,
      at: '2025-03-02T09:00:00.000Z',
      itemKind: 'observation',
      itemId: 'obs-2021',
      action: 'create',
      before: null,
      after: observations[1]!,
    },
  ],
  statusChanges: [
    {
      at: '2025-03-02T09:00:00.000Z',
      targetId: 'tgt-positions',
      from: 'not-enough-data',
      to: measured.assessment.status,
      causeKind: 'observation',
      causeId: 'obs-2021',
    },
  ],
};

export const briefing: BriefingFields = {
  title: 'ISTO participation: 2025 check',
  audience: 'Deputy director',
  date: '2025-03-10',
  author: 'Li Wei',
  marking: 'INTERNAL',
  paper: 'A4',
  sections: [
    { id: 's1', type: 'text', heading: 'Summary', markdown: 'Positions **rose**; 国际会议 need approval.' },
    {
      id: 's2',
      type: 'status-table',
      heading: '',
      selection: { mode: 'filter', dueYear: 2025, statuses: [], planId: null },
    },
    {
      id: 's3',
      type: 'target-pages',
      heading: 'Targets in detail',
      targetIds: ['tgt-positions', 'tgt-gone'],
      latestObservations: 1,
    },
    { id: 's4', type: 'annotated-items', heading: 'Notes', items: [{ kind: 'policy', id: 'pol-conferences' }] },
    { id: 's5', type: 'changes-since', heading: 'What changed', since: '2025-03-01' },
  ],
};
