import type { Assessment, AssessmentStatus } from '../../../shared/assessment';
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
/** What the dashboard shows of a target: its stored status and the fields stored with it. */
export type TargetStatusRow = Pick<TargetRow, 'id' | 'statement' | 'dueYear' | 'status' | 'ratio' | 'assessment'>;

export type ObservationRow = ObservationRecord & { targetStatement: string | null };
export type OrganisationRow = OrganisationRecord & { policyCount: number; targetCount: number };

export function organisationLabel(organisation: OrganisationRecord): string {
  return organisation.abbreviation ?? organisation.name;
}

/** Every table's rows: what the screens that show the whole library (timeline, briefings) read. */
export interface LibraryRows {
  policies: PolicyRow[];
  plans: PlanRow[];
  targets: TargetRow[];
  observations: ObservationRow[];
  organisations: OrganisationRow[];
}
