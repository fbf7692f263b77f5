import { Dexie } from 'dexie';
import { yearOf } from '../../../../shared/domain/partial-date';
import type { OrganisationRecord } from '../../../../shared/domain/records';
import type { CatalogEntry, CataloguedKind } from '../catalog';
import type { PolicyDeskDatabase } from '../db';
import type { ObservationRow, OrganisationRow, PlanRow, PolicyRow, TargetRow, TargetStatusRow } from '../library-rows';
import { organisationLabel } from '../library-rows';

/**
 * The rows each library table shows, read for that table alone: its own records, stored
 * statuses, and the names and counts of what they link to, taken from the catalog (a few
 * dozen bytes an item) rather than from the linked items. Organisations, which are few,
 * are read for their names.
 */

const inLibrary = <T extends { deletedAt: string | null }>(records: readonly T[]) =>
  records.filter((record) => record.deletedAt === null);

async function organisationNames(db: PolicyDeskDatabase): Promise<(ids: readonly string[]) => string[]> {
  const names = new Map((await db.organisations.toArray()).map((org: OrganisationRecord) => [org.id, organisationLabel(org)]));
  return (ids) => ids.map((id) => names.get(id) ?? id);
}

/** The catalog entries of one kind of item: one read, a few dozen bytes an item. */
const catalogOf = (db: PolicyDeskDatabase, kind: CataloguedKind) =>
  db.catalog.where('[kind+id]').between([kind, Dexie.minKey], [kind, Dexie.maxKey]).toArray();

/** The targets' catalog entries: their stored statuses, which carry statement, links and trash state. */
const targetCatalog = async (db: PolicyDeskDatabase): Promise<CatalogEntry[]> =>
  (await db.assessments.toArray()).map((entry) => ({
    kind: 'target',
    id: entry.targetId,
    title: entry.statement,
    deletedAt: entry.deletedAt,
    links: entry.links,
  }));

const titlesOf = (entries: readonly CatalogEntry[]) => new Map(entries.map((entry) => [entry.id, entry.title]));

/** How many items in the library (not in the trash) link to each id through one link field. */
function linkCounts(entries: readonly CatalogEntry[], field: keyof CatalogEntry['links']): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.deletedAt !== null) continue;
    for (const id of entry.links[field] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
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
  const [plans, names, policies, targets] = await Promise.all([
    db.plans.toArray(),
    organisationNames(db),
    catalogOf(db, 'policy'),
    targetCatalog(db),
  ]);
  const policyTitle = titlesOf(policies);
  const targetsPerPlan = linkCounts(targets, 'planId');
  return inLibrary(plans).map((plan) => ({
    ...plan,
    policyTitle: plan.policyId ? (policyTitle.get(plan.policyId) ?? null) : null,
    issuerNames: names(plan.issuerIds),
    targetCount: targetsPerPlan.get(plan.id) ?? 0,
  }));
}

export async function targetRows(db: PolicyDeskDatabase): Promise<TargetRow[]> {
  const [targets, stored, names, plans, policies] = await Promise.all([
    db.targets.toArray(),
    db.assessments.toArray(),
    organisationNames(db),
    catalogOf(db, 'plan'),
    catalogOf(db, 'policy'),
  ]);
  const shown = inLibrary(targets);
  const planTitle = titlesOf(plans);
  const policyTitle = titlesOf(policies);
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
  const [observations, targets] = await Promise.all([db.observations.toArray(), targetCatalog(db)]);
  const statement = titlesOf(targets);
  return inLibrary(observations).map((observation) => ({
    ...observation,
    targetStatement: observation.targetId ? (statement.get(observation.targetId) ?? null) : null,
  }));
}

export async function organisationRows(db: PolicyDeskDatabase): Promise<OrganisationRow[]> {
  const [organisations, policies, targets] = await Promise.all([
    db.organisations.toArray(),
    catalogOf(db, 'policy'),
    targetCatalog(db),
  ]);
  const policiesPerOrg = linkCounts(policies, 'issuerIds');
  const targetsPerOrg = linkCounts(targets, 'ownerIds');
  return inLibrary(organisations).map((organisation) => ({
    ...organisation,
    policyCount: policiesPerOrg.get(organisation.id) ?? 0,
    targetCount: targetsPerOrg.get(organisation.id) ?? 0,
  }));
}
