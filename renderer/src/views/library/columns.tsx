import { createColumnHelper } from '@tanstack/react-table';
import type { LibraryTableFeatures } from '../../components/data-table/features';
import type { GroupOption } from '../../components/data-table/DataTable';
import type { TablePrefs } from '../../components/data-table/table-prefs';
import type { ObservationRow, OrganisationRow, PlanRow, PolicyRow, TargetRow } from '../../data/library-rows';
import { formatNumber, formatPeriod, formatValue, labelOf } from '../../format';
import { ASSESSMENT_STATUS_LABELS } from '../../../../shared/assessment';
import { STATUS_RISK_ORDER, StatusBadge } from '../../components/StatusBadge';

/**
 * The columns of each library table. Empty numbers reach the table as undefined, so
 * sorting puts them last in both directions. Each column's `meta.filter` picks its filter control:
 * text for free text, set for a few repeated values, ranges for years and numbers.
 */

const joined = (values: readonly string[]) => values.join(', ');

const policy = createColumnHelper<LibraryTableFeatures, PolicyRow>();
export const policyColumns = policy.columns([
  policy.accessor('title', { header: 'Title', meta: { label: 'Title', filter: 'text', width: 320 } }),
  policy.accessor((row) => row.titleZh ?? '', {
    id: 'titleZh',
    header: 'Chinese title',
    meta: { label: 'Chinese title', filter: 'text', width: 200 },
  }),
  policy.accessor((row) => row.docNumber ?? '', {
    id: 'docNumber',
    header: 'Document no.',
    meta: { label: 'Document number', filter: 'text', width: 150 },
  }),
  policy.accessor((row) => labelOf(row.kind), { id: 'kind', header: 'Kind', meta: { label: 'Kind', filter: 'set', width: 110 } }),
  policy.accessor('issuerNames', {
    header: 'Issuers',
    cell: (info) => joined(info.getValue()),
    getGroupingValue: (row) => joined(row.issuerNames) || '(no issuer named)',
    sortFn: (a, b) => joined(a.original.issuerNames).localeCompare(joined(b.original.issuerNames)),
    meta: { label: 'Issuers', filter: 'set', width: 160 },
  }),
  policy.accessor((row) => row.issuedYear ?? undefined, {
    id: 'issuedYear',
    header: 'Issued',
    cell: (info) => info.row.original.issued ?? '',
    sortUndefined: 'last',
    meta: { label: 'Issued', filter: 'year-range', width: 100, numeric: true },
  }),
  policy.accessor((row) => formatPeriod(row.periodStart, row.periodEnd), {
    id: 'period',
    header: 'Period',
    meta: { label: 'Period', filter: 'text', width: 100 },
  }),
  policy.accessor((row) => labelOf(row.status), {
    id: 'status',
    header: 'Status',
    meta: { label: 'Status', filter: 'set', width: 100 },
  }),
  policy.accessor('themes', {
    header: 'Themes',
    cell: (info) => joined(info.getValue()),
    getGroupingValue: (row) => row.themes[0] ?? '(no theme)',
    meta: { label: 'Themes', filter: 'set', width: 180 },
  }),
  policy.accessor((row) => row.citation.source, {
    id: 'source',
    header: 'Source',
    meta: { label: 'Source', filter: 'set', width: 170 },
  }),
]);
export const policyGroups: GroupOption[] = [
  { columnId: 'issuerNames', label: 'Issuer' },
  { columnId: 'kind', label: 'Kind' },
  { columnId: 'status', label: 'Status' },
  { columnId: 'themes', label: 'First theme' },
];

const plan = createColumnHelper<LibraryTableFeatures, PlanRow>();
export const planColumns = plan.columns([
  plan.accessor('title', { header: 'Title', meta: { label: 'Title', filter: 'text', width: 320 } }),
  plan.accessor((row) => row.titleZh ?? '', {
    id: 'titleZh',
    header: 'Chinese title',
    meta: { label: 'Chinese title', filter: 'text', width: 180 },
  }),
  plan.accessor('issuerNames', {
    header: 'Issuers',
    cell: (info) => joined(info.getValue()),
    getGroupingValue: (row) => joined(row.issuerNames) || '(no issuer named)',
    meta: { label: 'Issuers', filter: 'set', width: 150 },
  }),
  plan.accessor('periodStart', { header: 'From', meta: { label: 'From', filter: 'year-range', width: 90, numeric: true } }),
  plan.accessor('periodEnd', { header: 'To', meta: { label: 'To', filter: 'year-range', width: 90, numeric: true } }),
  plan.accessor('targetCount', {
    header: 'Targets',
    meta: { label: 'Targets', filter: 'number-range', width: 90, numeric: true },
  }),
  plan.accessor((row) => row.policyTitle ?? '', {
    id: 'policyTitle',
    header: 'Policy',
    meta: { label: 'Policy', filter: 'text', width: 240 },
  }),
]);
export const planGroups: GroupOption[] = [
  { columnId: 'issuerNames', label: 'Issuer' },
  { columnId: 'periodEnd', label: 'End year' },
];

const target = createColumnHelper<LibraryTableFeatures, TargetRow>();
export const targetColumns = target.columns([
  target.accessor('statement', { header: 'Statement', meta: { label: 'Statement', filter: 'text', width: 320 } }),
  target.accessor((row) => row.planTitle ?? row.policyTitle ?? '', {
    id: 'plan',
    header: 'Plan or policy',
    meta: { label: 'Plan or policy', filter: 'set', width: 220 },
  }),
  target.accessor('ownerNames', {
    header: 'Owners',
    cell: (info) => joined(info.getValue()),
    getGroupingValue: (row) => joined(row.ownerNames) || '(no owner named)',
    meta: { label: 'Owners', filter: 'set', width: 130 },
  }),
  target.accessor('metric', { header: 'Metric', meta: { label: 'Metric', filter: 'text', width: 180 } }),
  target.accessor((row) => labelOf(row.direction), {
    id: 'direction',
    header: 'Direction',
    meta: { label: 'Direction', filter: 'set', width: 130 },
  }),
  target.accessor((row) => row.baselineValue ?? undefined, {
    id: 'baselineValue',
    header: 'Baseline',
    cell: (info) =>
      info.row.original.baselineValue === null
        ? ''
        : `${formatNumber(info.row.original.baselineValue)} (${info.row.original.baselineYear})`,
    sortUndefined: 'last',
    meta: { label: 'Baseline', filter: 'number-range', width: 120, numeric: true },
  }),
  target.accessor((row) => row.targetValue ?? undefined, {
    id: 'targetValue',
    header: 'Target',
    cell: (info) => formatValue(info.row.original.targetValue, info.row.original.unit),
    sortUndefined: 'last',
    meta: { label: 'Target value', filter: 'number-range', width: 130, numeric: true },
  }),
  target.accessor((row) => row.dueYear ?? undefined, {
    id: 'dueYear',
    header: 'Due',
    sortUndefined: 'last',
    meta: { label: 'Due year', filter: 'year-range', width: 110, numeric: true },
  }),
  target.accessor((row) => row.latestValue ?? undefined, {
    id: 'latestValue',
    header: 'Latest',
    cell: ({ row }) =>
      row.original.latestValue === null ? '' : `${formatNumber(row.original.latestValue)} (${row.original.latestYear})`,
    sortUndefined: 'last',
    meta: { label: 'Latest value', filter: 'number-range', width: 120, numeric: true },
  }),
  target.accessor((row) => ASSESSMENT_STATUS_LABELS[row.status], {
    id: 'status',
    header: 'Status',
    cell: ({ row }) => <StatusBadge status={row.original.status} />,
    // Most at risk first when sorted ascending.
    sortFn: (a, b) => STATUS_RISK_ORDER.indexOf(a.original.status) - STATUS_RISK_ORDER.indexOf(b.original.status),
    meta: { label: 'Status', filter: 'set', width: 170 },
  }),
  target.accessor((row) => row.projectedValue ?? undefined, {
    id: 'projectedValue',
    header: 'Projected',
    cell: ({ row }) =>
      formatNumber(row.original.projectedValue === null ? null : Math.round(row.original.projectedValue * 10) / 10),
    sortUndefined: 'last',
    meta: { label: 'Projected value (due year)', filter: 'number-range', width: 120, numeric: true },
  }),
  target.accessor((row) => row.ratio ?? undefined, {
    id: 'ratio',
    header: 'R',
    cell: ({ row }) => (row.original.ratio === null ? '' : row.original.ratio.toFixed(2)),
    sortUndefined: 'last',
    meta: { label: 'R (projected ÷ required progress)', filter: 'number-range', width: 90, numeric: true },
  }),
  target.accessor('observationCount', {
    header: 'Obs.',
    meta: { label: 'Observations', filter: 'number-range', width: 70, numeric: true },
  }),
]);
export const targetGroups: GroupOption[] = [
  { columnId: 'status', label: 'Status' },
  { columnId: 'plan', label: 'Plan' },
  { columnId: 'direction', label: 'Kind (direction)' },
  { columnId: 'dueYear', label: 'Due year' },
  { columnId: 'ownerNames', label: 'Owner' },
];

const observation = createColumnHelper<LibraryTableFeatures, ObservationRow>();
export const observationColumns = observation.columns([
  observation.accessor('indicator', { header: 'Indicator', meta: { label: 'Indicator', filter: 'text', width: 280 } }),
  observation.accessor((row) => row.subject ?? '', {
    id: 'subject',
    header: 'Subject',
    meta: { label: 'Subject', filter: 'set', width: 140 },
  }),
  observation.accessor('value', {
    header: 'Value',
    cell: (info) => formatValue(info.getValue(), null, info.row.original.qualifier),
    meta: { label: 'Value', filter: 'number-range', width: 120, numeric: true },
  }),
  observation.accessor((row) => row.unit ?? '', {
    id: 'unit',
    header: 'Unit',
    meta: { label: 'Unit', filter: 'set', width: 120 },
  }),
  observation.accessor('year', { header: 'Year', meta: { label: 'Year', filter: 'year-range', width: 110, numeric: true } }),
  observation.accessor((row) => row.targetStatement ?? '', {
    id: 'target',
    header: 'Target',
    meta: { label: 'Target', filter: 'text', width: 260 },
  }),
  observation.accessor((row) => row.citation.source, {
    id: 'source',
    header: 'Source',
    meta: { label: 'Source', filter: 'set', width: 170 },
  }),
]);
export const observationGroups: GroupOption[] = [
  { columnId: 'indicator', label: 'Indicator' },
  { columnId: 'subject', label: 'Subject' },
  { columnId: 'year', label: 'Year' },
];

const organisation = createColumnHelper<LibraryTableFeatures, OrganisationRow>();
export const organisationColumns = organisation.columns([
  organisation.accessor('name', { header: 'Name', meta: { label: 'Name', filter: 'text', width: 300 } }),
  organisation.accessor((row) => row.nameZh ?? '', {
    id: 'nameZh',
    header: 'Chinese name',
    meta: { label: 'Chinese name', filter: 'text', width: 180 },
  }),
  organisation.accessor((row) => row.abbreviation ?? '', {
    id: 'abbreviation',
    header: 'Short name',
    meta: { label: 'Short name', filter: 'text', width: 110 },
  }),
  organisation.accessor((row) => labelOf(row.kind), {
    id: 'kind',
    header: 'Kind',
    meta: { label: 'Kind', filter: 'set', width: 140 },
  }),
  organisation.accessor((row) => row.country ?? '', {
    id: 'country',
    header: 'Country',
    meta: { label: 'Country', filter: 'set', width: 120 },
  }),
  organisation.accessor('policyCount', {
    header: 'Policies',
    meta: { label: 'Policies issued', filter: 'number-range', width: 90, numeric: true },
  }),
  organisation.accessor('targetCount', {
    header: 'Targets',
    meta: { label: 'Targets owned', filter: 'number-range', width: 90, numeric: true },
  }),
]);
export const organisationGroups: GroupOption[] = [
  { columnId: 'kind', label: 'Kind' },
  { columnId: 'country', label: 'Country' },
];

/** What each view shows before the analyst changes anything. */
export const defaultPrefs = {
  policies: {
    columnVisibility: { docNumber: false, source: false },
    columnOrder: [],
    sorting: [{ id: 'issuedYear', desc: true }],
    grouping: [],
  },
  plans: { columnVisibility: {}, columnOrder: [], sorting: [{ id: 'periodStart', desc: true }], grouping: [] },
  targets: {
    columnVisibility: { metric: false, baselineValue: false, direction: false },
    columnOrder: [
      'statement',
      'status',
      'plan',
      'ownerNames',
      'dueYear',
      'targetValue',
      'latestValue',
      'projectedValue',
      'ratio',
    ],
    sorting: [{ id: 'dueYear', desc: false }],
    grouping: [],
  },
  observations: {
    columnVisibility: { source: false },
    columnOrder: [],
    sorting: [{ id: 'indicator', desc: false }],
    grouping: [],
  },
  organisations: { columnVisibility: {}, columnOrder: [], sorting: [{ id: 'name', desc: false }], grouping: [] },
} satisfies Record<string, TablePrefs>;
