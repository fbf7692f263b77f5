import type { Assessment, AssessmentStatus } from '../../../shared/assessment';
import { yearOf } from '../../../shared/domain/partial-date';
import type {
  ObservationRecord,
  OrganisationRecord,
  PlanRecord,
  PolicyRecord,
  TargetRecord,
} from '../../../shared/domain/records';

/**
 * The rows the library tables show: each item with the names of what it links to, so
 * tables can sort, filter and group by a plan's title or an issuer's name, not an id.
 */
export interface LibrarySnapshot {
  policies: PolicyRecord[];
  plans: PlanRecord[];
  targets: TargetRecord[];
  observations: ObservationRecord[];
  organisations: OrganisationRecord[];
}

export type PolicyRow = PolicyRecord & { issuerNames: string[]; issuedYear: number | null };
export type PlanRow = PlanRecord & { policyTitle: string | null; issuerNames: string[]; targetCount: number };
export type TargetRow = TargetRecord & {
  planTitle: string | null;
  policyTitle: string | null;
  ownerNames: string[];
  observationCount: number;
  latestValue: number | null;
  latestYear: number | null;
  assessment: Assessment;
  status: AssessmentStatus;
  projectedValue: number | null;
  ratio: number | null;
};
export type ObservationRow = ObservationRecord & { targetStatement: string | null };
export type OrganisationRow = OrganisationRecord & { policyCount: number; targetCount: number };

export function organisationLabel(organisation: OrganisationRecord): string {
  return organisation.abbreviation ?? organisation.name;
}

function countBy<T>(items: readonly T[], keysOf: (item: T) => readonly (string | null)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    for (const key of keysOf(item)) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function buildRows(library: LibrarySnapshot, assessments: ReadonlyMap<string, Assessment>) {
  const orgName = new Map(library.organisations.map((org) => [org.id, organisationLabel(org)]));
  const names = (ids: readonly string[]) => ids.map((id) => orgName.get(id) ?? id);
  const policyTitle = new Map(library.policies.map((policy) => [policy.id, policy.title]));
  const planTitle = new Map(library.plans.map((plan) => [plan.id, plan.title]));
  const targetStatement = new Map(library.targets.map((target) => [target.id, target.statement]));
  const targetsPerPlan = countBy(library.targets, (target) => [target.planId]);
  const policiesPerOrg = countBy(library.policies, (policy) => policy.issuerIds);
  const targetsPerOrg = countBy(library.targets, (target) => target.ownerIds);

  const observationsPerTarget = countBy(library.observations, (observation) => [observation.targetId]);

  return {
    policies: library.policies.map((policy): PolicyRow => ({
      ...policy,
      issuerNames: names(policy.issuerIds),
      issuedYear: yearOf(policy.issued),
    })),
    plans: library.plans.map((plan): PlanRow => ({
      ...plan,
      policyTitle: plan.policyId ? (policyTitle.get(plan.policyId) ?? null) : null,
      issuerNames: names(plan.issuerIds),
      targetCount: targetsPerPlan.get(plan.id) ?? 0,
    })),
    targets: library.targets.map((target): TargetRow => {
      const assessment = assessments.get(target.id);
      if (!assessment) throw new Error(`The target ${target.id} has no assessment`);
      return {
        ...target,
        planTitle: target.planId ? (planTitle.get(target.planId) ?? null) : null,
        policyTitle: target.policyId ? (policyTitle.get(target.policyId) ?? null) : null,
        ownerNames: names(target.ownerIds),
        observationCount: observationsPerTarget.get(target.id) ?? 0,
        // The latest figure the assessment used, so the table and the status agree.
        latestValue: assessment.latest?.value ?? null,
        latestYear: assessment.latest?.year ?? null,
        assessment,
        status: assessment.status,
        projectedValue: assessment.projected,
        ratio: assessment.ratio,
      };
    }),
    observations: library.observations.map((observation): ObservationRow => ({
      ...observation,
      targetStatement: observation.targetId ? (targetStatement.get(observation.targetId) ?? null) : null,
    })),
    organisations: library.organisations.map((organisation): OrganisationRow => ({
      ...organisation,
      policyCount: policiesPerOrg.get(organisation.id) ?? 0,
      targetCount: targetsPerOrg.get(organisation.id) ?? 0,
    })),
  };
}

export type LibraryRows = ReturnType<typeof buildRows>;
