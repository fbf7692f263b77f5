import { yearOf } from '../../../../shared/domain/partial-date';
import type { OrganisationRecord } from '../../../../shared/domain/records';
import type { PolicyDeskDatabase } from '../db';
import type { ObservationRow, OrganisationRow, PlanRow, PolicyRow, TargetRow, TargetStatusRow } from '../library-rows';
import { organisationLabel } from '../library-rows';

/**
 * The rows each library table shows, read for that table alone: its own records, the
 * names of what they link to (read by id, only those linked), and stored statuses. None of
 * these reads another table in full, except organisations, which are few.
 */

const inLibrary = <T extends { deletedAt: string | null }>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === null);

async function organisationNames(db: PolicyDeskDatabase): Promise<(ids: readonly string[]) => string[]> {
  const names = new Map((await db.organisations.toArray()).map((org: OrganisationRecord) => [org.id, organisationLabel(org)]));
  return (ids) => ids.map((id) => names.get(id) ?? id);
}

/** One field of the records with these ids, read by id. */
async function fieldById<T>(
  db: PolicyDeskDatabase,
  table: 'policies' | 'plans' | 'targets',
  ids: Iterable<string | null>,
  field: (record: never) => T,
): Promise<Map<string, T>> {
  const wanted = [...new Set([...ids].filter((id): id is string => id !== null))];
  const records = await db.table(table).bulkGet(wanted);
  const found = new Map<string, T>();
  records.forEach((record, index) => {
    if (record) found.set(wanted[index]!, field(record as never));
  });
  return found;
}

export async function policyRows(db: PolicyDeskDatabase): Promise<PolicyRow[]> {
  const [policies, names] = await Promise.all([db.policies.toArray(), organisationNames(db)]);
  return inLibrary(policies).map((policy) => ({
    ...policy,
    issuerNames: names(policy.issuerIds),
    issuedYear: yearOf(policy.issued),
  }));
}

export async function planRows(db: PolicyDeskDatabase): Promise<PlanRow[]> {
  const [plans, names, targetsPerPlan] = await Promise.all([
    db.plans.toArray(),
    organisationNames(db),
    linkCounts(db, 'targets', 'planId'),
  ]);
  const shown = inLibrary(plans);
  const policyTitle = await fieldById(
    db,
    'policies',
    shown.map((plan) => plan.policyId),
    (policy: { title: string }) => policy.title,
  );
  return shown.map((plan) => ({
    ...plan,
    policyTitle: plan.policyId ? (policyTitle.get(plan.policyId) ?? null) : null,
    issuerNames: names(plan.issuerIds),
    targetCount: targetsPerPlan.get(plan.id) ?? 0,
  }));
}

export async function targetRows(db: PolicyDeskDatabase): Promise<TargetRow[]> {
  const [targets, stored, names] = await Promise.all([db.targets.toArray(), db.assessments.toArray(), organisationNames(db)]);
  const shown = inLibrary(targets);
  const [planTitle, policyTitle] = await Promise.all([
    fieldById(
      db,
      'plans',
      shown.map((target) => target.planId),
      (plan: { title: string }) => plan.title,
    ),
    fieldById(
      db,
      'policies',
      shown.map((target) => target.policyId),
      (policy: { title: string }) => policy.title,
    ),
  ]);
  const judged = new Map(stored.map((entry) => [entry.targetId, entry]));
  return shown.flatMap((target): TargetRow[] => {
    const entry = judged.get(target.id);
    // Judged in the write that created it; absent only for a moment while that write lands.
    if (!entry) return [];
    const { assessment } = entry;
    return [
      {
        ...target,
        planTitle: target.planId ? (planTitle.get(target.planId) ?? null) : null,
        policyTitle: target.policyId ? (policyTitle.get(target.policyId) ?? null) : null,
        ownerNames: names(target.ownerIds),
        observationCount: entry.figureCount,
        // The latest figure the assessment used, so the table and the status agree.
        latestValue: assessment.latest?.value ?? null,
        latestYear: assessment.latest?.year ?? null,
        assessment,
        status: assessment.status,
        projectedValue: assessment.projected,
        ratio: assessment.ratio,
      },
    ];
  });
}

/** Every target's stored status, read from the statuses alone: what the dashboard counts and ranks. */
export async function targetStatusRows(db: PolicyDeskDatabase): Promise<TargetStatusRow[]> {
  const stored = await db.assessments.toArray();
  return stored
    .filter((entry) => entry.deletedAt === null)
    .map((entry) => ({
      id: entry.targetId,
      statement: entry.statement,
      dueYear: entry.dueYear,
      status: entry.status,
      ratio: entry.assessment.ratio,
      assessment: entry.assessment,
    }));
}

export async function observationRows(db: PolicyDeskDatabase): Promise<ObservationRow[]> {
  const shown = inLibrary(await db.observations.toArray());
  const statement = await fieldById(
    db,
    'targets',
    shown.map((observation) => observation.targetId),
    (target: { statement: string }) => target.statement,
  );
  return shown.map((observation) => ({
    ...observation,
    targetStatement: observation.targetId ? (statement.get(observation.targetId) ?? null) : null,
  }));
}

export async function organisationRows(db: PolicyDeskDatabase): Promise<OrganisationRow[]> {
  const [organisations, policiesPerOrg, targetsPerOrg] = await Promise.all([
    db.organisations.toArray(),
    linkCounts(db, 'policies', 'issuerIds'),
    linkCounts(db, 'targets', 'ownerIds'),
  ]);
  return inLibrary(organisations).map((organisation) => ({
    ...organisation,
    policyCount: policiesPerOrg.get(organisation.id) ?? 0,
    targetCount: targetsPerOrg.get(organisation.id) ?? 0,
  }));
}

/**
 * The values of an indexed link field over the records not in the trash, read from the
 * index alone (no record is loaded): for counting how many items link to each.
 */
async function linkCounts(db: PolicyDeskDatabase, table: 'targets' | 'policies', field: string): Promise<Map<string, number>> {
  const [keys, trashed] = await Promise.all([
    db.table(table).orderBy(field).keys(),
    db.table(table).where('deletedAt').above('').toArray(),
  ]);
  const counts = countValues(keys.map(String));
  // The trash is small: take its links back out of the counts.
  for (const record of trashed) {
    const value = (record as Record<string, unknown>)[field];
    for (const id of Array.isArray(value) ? value : [value]) {
      if (typeof id === 'string' && counts.has(id)) counts.set(id, counts.get(id)! - 1);
    }
  }
  return counts;
}

function countValues(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
