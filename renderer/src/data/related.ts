import type { ItemKind } from '../../../shared/domain/entities';
import type {
  ObservationRecord,
  OrganisationRecord,
  PlanRecord,
  PolicyRecord,
  TargetRecord,
} from '../../../shared/domain/records';
import type { PolicyDeskDatabase } from './db';

/** Everything an item links to and everything that links to it, for its detail page. */
export interface Related {
  policies: PolicyRecord[];
  plans: PlanRecord[];
  targets: TargetRecord[];
  observations: ObservationRecord[];
  organisations: OrganisationRecord[];
}

const live = <T extends { deletedAt: string | null }>(items: (T | undefined)[]) =>
  items.filter((item): item is T => item !== undefined && item.deletedAt === null);

export async function findRelated(db: PolicyDeskDatabase, kind: ItemKind, id: string): Promise<Related> {
  const none: Related = { policies: [], plans: [], targets: [], observations: [], organisations: [] };
  switch (kind) {
    case 'policy': {
      const policy = await db.policies.get(id);
      if (!policy) return none;
      return {
        ...none,
        organisations: live(await db.organisations.bulkGet(policy.issuerIds)),
        plans: live(await db.plans.where('policyId').equals(id).toArray()),
        targets: live(await db.targets.where('policyId').equals(id).toArray()),
      };
    }
    case 'plan': {
      const plan = await db.plans.get(id);
      if (!plan) return none;
      return {
        ...none,
        policies: plan.policyId ? live([await db.policies.get(plan.policyId)]) : [],
        organisations: live(await db.organisations.bulkGet(plan.issuerIds)),
        targets: live(await db.targets.where('planId').equals(id).toArray()),
      };
    }
    case 'target': {
      const target = await db.targets.get(id);
      if (!target) return none;
      const observations = live(await db.observations.where('targetId').equals(id).toArray());
      return {
        ...none,
        plans: target.planId ? live([await db.plans.get(target.planId)]) : [],
        policies: target.policyId ? live([await db.policies.get(target.policyId)]) : [],
        organisations: live(await db.organisations.bulkGet(target.ownerIds)),
        observations: observations.sort((a, b) => a.year - b.year),
      };
    }
    case 'observation': {
      const observation = await db.observations.get(id);
      if (!observation?.targetId) return none;
      return { ...none, targets: live([await db.targets.get(observation.targetId)]) };
    }
    case 'organisation':
      return {
        ...none,
        policies: live(await db.policies.where('issuerIds').equals(id).toArray()),
        plans: live(await db.plans.where('issuerIds').equals(id).toArray()),
        targets: live(await db.targets.where('ownerIds').equals(id).toArray()),
      };
  }
}
