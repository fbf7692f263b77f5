import { z } from 'zod';
import { citationSchema } from './citation';
import { partialDateSchema } from './partial-date';

/**
 * The library's items as an analyst edits them ("fields"), and as they are stored
 * (fields plus identity and bookkeeping). Forms, imports, the seeded library and the
 * database all validate against these schemas, so a rule stated here holds everywhere.
 */

const year = z
  .number({ message: 'Enter a year as a number, for example 2025' })
  .int('A year is a whole number')
  .min(1900, 'Enter a year from 1900 on')
  .max(2200, 'Enter a year before 2200');

const requiredText = (what: string) => z.string().trim().min(1, `${what} is required`);
const optionalText = z
  .string()
  .trim()
  .nullable()
  .default(null)
  .transform((value) => (value === '' ? null : value));
const idList = z.array(z.string().min(1)).default([]);

export const ITEM_KINDS = ['policy', 'plan', 'target', 'observation', 'organisation'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

export const ORGANISATION_KINDS = [
  'party',
  'government',
  'legislature',
  'academy',
  'funder',
  'association',
  'university',
  'research-institute',
  'enterprise',
  'international',
  'foreign-government',
  'other',
] as const;

export const POLICY_KINDS = [
  'law',
  'regulation',
  'plan',
  'programme',
  'action-plan',
  'opinion',
  'guideline',
  'initiative',
  'speech',
  'report',
  'other',
] as const;

export const POLICY_STATUSES = ['in-force', 'expired', 'superseded', 'abolished', 'unknown'] as const;

/**
 * increase / decrease: more (or less) of the metric is better.
 * rank: a position in a ranking, where 1 is best, so lower is better.
 * qualitative: a dated commitment with no number to measure.
 */
export const TARGET_DIRECTIONS = ['increase', 'decrease', 'rank', 'qualitative'] as const;

/** The statuses an analyst may give a qualitative target: the computed ones, judged by a person. */
export const ANALYST_STATUSES = ['met', 'on-track', 'needs-acceleration', 'stagnating', 'missed'] as const;

/** How the source states a figure: "1,984", "about 90", "more than 400". */
export const VALUE_QUALIFIERS = ['exact', 'approximately', 'more-than', 'at-least', 'less-than'] as const;

export const organisationFieldsSchema = z.object({
  name: requiredText('The English name'),
  nameZh: optionalText,
  abbreviation: optionalText,
  kind: z.enum(ORGANISATION_KINDS),
  country: optionalText,
  description: z.string().trim().default(''),
  citation: citationSchema,
});

const periodRefinement = <T extends { periodStart?: number | null; periodEnd?: number | null }>(
  value: T,
  ctx: z.RefinementCtx,
) => {
  if (value.periodStart != null && value.periodEnd != null && value.periodEnd < value.periodStart) {
    ctx.addIssue({ code: 'custom', path: ['periodEnd'], message: 'The period cannot end before it starts' });
  }
};

export const policyFieldsSchema = z
  .object({
    title: requiredText('The English title'),
    titleZh: optionalText,
    docNumber: optionalText,
    kind: z.enum(POLICY_KINDS),
    issuerIds: idList,
    issued: partialDateSchema.nullable().default(null),
    periodStart: year.nullable().default(null),
    periodEnd: year.nullable().default(null),
    status: z.enum(POLICY_STATUSES).default('unknown'),
    summary: z.string().trim().default(''),
    /**
     * The full text or the key passages, verbatim, so they can be read and highlighted.
     * Stored in Unicode NFC, the form highlight offsets are counted in.
     */
    text: z
      .string()
      .default('')
      .transform((text) => text.normalize('NFC')),
    themes: z.array(z.string().trim().min(1)).default([]),
    citation: citationSchema,
  })
  .superRefine(periodRefinement);

export const planFieldsSchema = z
  .object({
    title: requiredText('The English title'),
    titleZh: optionalText,
    policyId: z.string().min(1).nullable().default(null),
    issuerIds: idList,
    periodStart: year,
    periodEnd: year,
    summary: z.string().trim().default(''),
    citation: citationSchema,
  })
  .superRefine(periodRefinement);

export const targetFieldsSchema = z
  .object({
    statement: requiredText('The statement'),
    statementZh: optionalText,
    planId: z.string().min(1).nullable().default(null),
    policyId: z.string().min(1).nullable().default(null),
    ownerIds: idList,
    metric: requiredText('The metric'),
    unit: optionalText,
    direction: z.enum(TARGET_DIRECTIONS),
    baselineValue: z.number().finite().nullable().default(null),
    baselineYear: year.nullable().default(null),
    targetValue: z.number().finite().nullable().default(null),
    dueYear: year.nullable().default(null),
    themes: z.array(z.string().trim().min(1)).default([]),
    /**
     * A qualitative target has no number to project, so the analyst states its status, and
     * must link the items (observations, policies…) that show it.
     */
    judgement: z
      .object({
        status: z.enum(ANALYST_STATUSES, { message: 'Choose a status' }),
        evidenceIds: z.array(z.string().min(1)).min(1, 'Link at least one item as evidence for this status'),
        note: z.string().trim().default(''),
      })
      .nullable()
      .default(null),
    citation: citationSchema,
  })
  .superRefine((value, ctx) => {
    if (value.judgement !== null && value.direction !== 'qualitative') {
      ctx.addIssue({
        code: 'custom',
        path: ['judgement', 'status'],
        message: "Only a qualitative target takes the analyst's own status; a measurable one is assessed from its figures",
      });
    }
    if (value.planId === null && value.policyId === null) {
      ctx.addIssue({ code: 'custom', path: ['planId'], message: 'Link the target to a plan or a policy' });
    }
    if (value.direction !== 'qualitative' && value.targetValue === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['targetValue'],
        message: 'A measurable target needs a target value (or make its direction qualitative)',
      });
    }
    if (value.direction === 'rank' && value.targetValue !== null && value.targetValue < 1) {
      ctx.addIssue({ code: 'custom', path: ['targetValue'], message: 'A rank is 1 or more' });
    }
    if ((value.baselineValue === null) !== (value.baselineYear === null)) {
      ctx.addIssue({
        code: 'custom',
        path: [value.baselineValue === null ? 'baselineValue' : 'baselineYear'],
        message: 'A baseline needs both a value and a year',
      });
    }
    if (value.baselineYear !== null && value.dueYear !== null && value.dueYear <= value.baselineYear) {
      ctx.addIssue({ code: 'custom', path: ['dueYear'], message: 'The due year must come after the baseline year' });
    }
  });

export const observationFieldsSchema = z
  .object({
    /** Null for a free-standing indicator that no target owns yet. */
    targetId: z.string().min(1).nullable().default(null),
    indicator: requiredText('The indicator'),
    /** Whom or what the figure is about, where the source says (a country, an organisation). */
    subject: optionalText,
    value: z.number({ message: 'Enter the value as a number' }).finite(),
    qualifier: z.enum(VALUE_QUALIFIERS).default('exact'),
    unit: optionalText,
    year,
    date: partialDateSchema.nullable().default(null),
    note: z.string().trim().default(''),
    citation: citationSchema,
  })
  .superRefine((value, ctx) => {
    if (value.date !== null && Number(value.date.slice(0, 4)) !== value.year) {
      ctx.addIssue({ code: 'custom', path: ['date'], message: 'The date must fall in the observation year' });
    }
  });

export type OrganisationFields = z.infer<typeof organisationFieldsSchema>;
export type PolicyFields = z.infer<typeof policyFieldsSchema>;
export type PlanFields = z.infer<typeof planFieldsSchema>;
export type TargetFields = z.infer<typeof targetFieldsSchema>;
export type ObservationFields = z.infer<typeof observationFieldsSchema>;
