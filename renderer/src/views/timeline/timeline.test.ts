import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '../../../../shared/assessment';
import { buildTimeline, targetIssuerIds, timelineFilterOptions, type TimelineTarget } from './timeline';

const ORDER: AssessmentStatus[] = [
  'missed',
  'stagnating',
  'needs-acceleration',
  'not-enough-data',
  'qualitative',
  'on-track',
  'met',
];

const policy = (id: string, issued: string | null, issuerIds: string[] = [], themes: string[] = []) => ({
  id,
  title: `Policy ${id}`,
  issued,
  issuerIds,
  themes,
});
const target = (id: string, dueYear: number | null, overrides: Partial<TimelineTarget> = {}): TimelineTarget => ({
  id,
  statement: `Target ${id}`,
  dueYear,
  ownerIds: [],
  planId: null,
  policyId: null,
  themes: [],
  status: 'not-enough-data',
  ...overrides,
});

const library = {
  organisations: [
    { id: 'org-cas', name: 'Chinese Academy of Sciences', abbreviation: 'CAS' },
    { id: 'org-most', name: 'Ministry of Science and Technology', abbreviation: 'MOST' },
    { id: 'org-cast', name: 'China Association for Science and Technology', abbreviation: 'CAST' },
  ],
  plans: [{ id: 'pln-1', issuerIds: ['org-cast'] }],
  policies: [
    policy('b', '2006-03', ['org-cas'], ['conferences']),
    policy('a', '2006', ['org-most'], ['talent']),
    policy('c', '2021-06-10', ['org-cas'], ['talent']),
    policy('undated', null, ['org-cas']),
  ],
  targets: [
    target('late', 2025, { status: 'met', planId: 'pln-1', themes: ['talent'] }),
    target('risky', 2025, { status: 'missed', ownerIds: ['org-cas'] }),
    target('someday', null, { policyId: 'c' }),
  ],
};

describe('the timeline', () => {
  it('places policies by issue year and targets by due year, on one axis in year order', () => {
    const timeline = buildTimeline(library, { issuer: null, theme: null }, ORDER);
    expect(timeline.years.map((entry) => [entry.year, entry.policies.map((p) => p.id), entry.targets.map((t) => t.id)])).toEqual([
      [2006, ['a', 'b'], []],
      [2021, ['c'], []],
      [2025, [], ['risky', 'late']],
    ]);
    expect(timeline.undatedPolicies.map((p) => p.id)).toEqual(['undated']);
    expect(timeline.targetsWithoutDueYear.map((t) => t.id)).toEqual(['someday']);
    expect([timeline.policyCount, timeline.targetCount]).toEqual([4, 3]);
  });

  it('keeps only the items of one issuer, counting a target under its plan and policy issuers too', () => {
    const timeline = buildTimeline(library, { issuer: 'org-cas', theme: null }, ORDER);
    expect(timeline.years.flatMap((entry) => entry.policies.map((p) => p.id))).toEqual(['b', 'c']);
    expect(timeline.years.flatMap((entry) => entry.targets.map((t) => t.id))).toEqual(['risky']);
    // "someday" belongs to policy c, which CAS issued.
    expect(timeline.targetsWithoutDueYear.map((t) => t.id)).toEqual(['someday']);
    expect(buildTimeline(library, { issuer: 'org-cast', theme: null }, ORDER).targetCount).toBe(1);
  });

  it('keeps only the items of one theme, and combines the filters', () => {
    expect(buildTimeline(library, { issuer: null, theme: 'talent' }, ORDER)).toMatchObject({ policyCount: 2, targetCount: 1 });
    expect(buildTimeline(library, { issuer: 'org-cas', theme: 'talent' }, ORDER)).toMatchObject({
      policyCount: 1,
      targetCount: 0,
    });
  });

  it('returns no years for an empty library', () => {
    const empty = { organisations: [], plans: [], policies: [], targets: [] };
    expect(buildTimeline(empty, { issuer: null, theme: null }, ORDER)).toEqual({
      years: [],
      undatedPolicies: [],
      targetsWithoutDueYear: [],
      policyCount: 0,
      targetCount: 0,
    });
  });
});

describe('the issuers behind a target', () => {
  it('are its owners and the issuers of its plan and policy', () => {
    const issuers = new Map([
      ['pln-1', ['org-cast']],
      ['pol-1', ['org-most', 'org-cast']],
    ]);
    const ids = targetIssuerIds(target('t', 2030, { ownerIds: ['org-cas'], planId: 'pln-1', policyId: 'pol-1' }), issuers);
    expect([...ids].sort()).toEqual(['org-cas', 'org-cast', 'org-most']);
  });
});

describe('the filter options', () => {
  it('lists each issuer and theme once, by name, with how many items it keeps', () => {
    const { issuers, themes } = timelineFilterOptions(library);
    expect(issuers).toEqual([
      { value: 'org-cas', label: 'CAS', count: 5 },
      { value: 'org-cast', label: 'CAST', count: 1 },
      { value: 'org-most', label: 'MOST', count: 1 },
    ]);
    expect(themes).toEqual([
      { value: 'conferences', label: 'conferences', count: 1 },
      { value: 'talent', label: 'talent', count: 3 },
    ]);
  });
});
