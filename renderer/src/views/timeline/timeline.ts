import type { AssessmentStatus } from '../../../../shared/assessment';
import { yearOf } from '../../../../shared/domain/partial-date';

/** The fields of the library rows the timeline reads; the rows fit as they are. */
export interface TimelinePolicy {
  id: string;
  title: string;
  issued: string | null;
  issuerIds: readonly string[];
  themes: readonly string[];
}
export interface TimelinePlan {
  id: string;
  issuerIds: readonly string[];
}
export interface TimelineTarget {
  id: string;
  statement: string;
  dueYear: number | null;
  ownerIds: readonly string[];
  planId: string | null;
  policyId: string | null;
  themes: readonly string[];
  status: AssessmentStatus;
}
export interface TimelineOrganisation {
  id: string;
  name: string;
  abbreviation: string | null;
}

export interface TimelineInput<P extends TimelinePolicy, T extends TimelineTarget> {
  policies: readonly P[];
  plans: readonly TimelinePlan[];
  targets: readonly T[];
  organisations: readonly TimelineOrganisation[];
}

export interface TimelineFilters {
  issuer: string | null;
  theme: string | null;
}

export interface TimelineYear<P, T> {
  year: number;
  policies: P[];
  targets: T[];
}

export interface Timeline<P, T> {
  years: TimelineYear<P, T>[];
  undatedPolicies: P[];
  targetsWithoutDueYear: T[];
  policyCount: number;
  targetCount: number;
}

/**
 * Who stands behind a target: its owners and the issuers of the plan and policy it belongs
 * to. Targets rarely name an owner, so filtering by issuer on owners alone would hide most of them.
 */
export function targetIssuerIds(target: TimelineTarget, issuersOf: ReadonlyMap<string, readonly string[]>): Set<string> {
  const ids = new Set(target.ownerIds);
  for (const linked of [target.planId, target.policyId]) {
    if (linked !== null) for (const id of issuersOf.get(linked) ?? []) ids.add(id);
  }
  return ids;
}

function issuerIndex(input: TimelineInput<TimelinePolicy, TimelineTarget>): Map<string, readonly string[]> {
  return new Map([...input.plans, ...input.policies].map((item) => [item.id, item.issuerIds]));
}

/** Places policies by the year they were issued and targets by their due year, after filtering by issuer and theme. */
export function buildTimeline<P extends TimelinePolicy, T extends TimelineTarget>(
  input: TimelineInput<P, T>,
  filters: TimelineFilters,
  riskOrder: readonly AssessmentStatus[],
): Timeline<P, T> {
  const issuersOf = issuerIndex(input);
  const { issuer, theme } = filters;
  const policies = input.policies.filter(
    (policy) => (issuer === null || policy.issuerIds.includes(issuer)) && (theme === null || policy.themes.includes(theme)),
  );
  const targets = input.targets.filter(
    (target) =>
      (issuer === null || targetIssuerIds(target, issuersOf).has(issuer)) && (theme === null || target.themes.includes(theme)),
  );

  const years = new Map<number, TimelineYear<P, T>>();
  const yearEntry = (year: number) => {
    let entry = years.get(year);
    if (!entry) years.set(year, (entry = { year, policies: [], targets: [] }));
    return entry;
  };
  const undatedPolicies: P[] = [];
  const targetsWithoutDueYear: T[] = [];
  for (const policy of policies) {
    const year = yearOf(policy.issued);
    if (year === null) undatedPolicies.push(policy);
    else yearEntry(year).policies.push(policy);
  }
  for (const target of targets) {
    if (target.dueYear === null) targetsWithoutDueYear.push(target);
    else yearEntry(target.dueYear).targets.push(target);
  }

  // Within a year: policies in date order (a bare year before its months), targets most at risk first.
  const byIssued = (a: P, b: P) => (a.issued ?? '').localeCompare(b.issued ?? '') || a.title.localeCompare(b.title);
  const byRisk = (a: T, b: T) =>
    riskOrder.indexOf(a.status) - riskOrder.indexOf(b.status) || a.statement.localeCompare(b.statement);
  for (const entry of years.values()) {
    entry.policies.sort(byIssued);
    entry.targets.sort(byRisk);
  }
  undatedPolicies.sort((a, b) => a.title.localeCompare(b.title));
  targetsWithoutDueYear.sort(byRisk);

  return {
    years: [...years.values()].sort((a, b) => a.year - b.year),
    undatedPolicies,
    targetsWithoutDueYear,
    policyCount: policies.length,
    targetCount: targets.length,
  };
}

export interface FilterOption {
  value: string;
  label: string;
  /** How many policies and targets the option keeps. */
  count: number;
}

/** The issuers and themes that occur on the timeline, each with how many items it would keep. */
export function timelineFilterOptions(input: TimelineInput<TimelinePolicy, TimelineTarget>): {
  issuers: FilterOption[];
  themes: FilterOption[];
} {
  const issuersOf = issuerIndex(input);
  const issuerCounts = new Map<string, number>();
  const themeCounts = new Map<string, number>();
  const count = (counts: Map<string, number>, keys: Iterable<string>) => {
    for (const key of new Set(keys)) counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  for (const policy of input.policies) {
    count(issuerCounts, policy.issuerIds);
    count(themeCounts, policy.themes);
  }
  for (const target of input.targets) {
    count(issuerCounts, targetIssuerIds(target, issuersOf));
    count(themeCounts, target.themes);
  }
  const labelOf = new Map(input.organisations.map((org) => [org.id, org.abbreviation ?? org.name]));
  const byLabel = (a: FilterOption, b: FilterOption) => a.label.localeCompare(b.label);
  return {
    issuers: [...issuerCounts]
      .flatMap(([value, n]) => {
        const label = labelOf.get(value);
        // An issuer id with no organisation behind it (trashed) cannot be named, so it is not offered.
        return label === undefined ? [] : [{ value, label, count: n }];
      })
      .sort(byLabel),
    themes: [...themeCounts].map(([value, n]) => ({ value, label: value, count: n })).sort(byLabel),
  };
}
