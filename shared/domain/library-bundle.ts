import { z } from 'zod';
import {
  observationFieldsSchema,
  organisationFieldsSchema,
  planFieldsSchema,
  policyFieldsSchema,
  targetFieldsSchema,
} from './entities';

/**
 * A library as a file: the seeded library in `fixtures/`, and backups. Items carry their
 * ids; the database adds timestamps when it loads them.
 */
const withId = <T extends z.ZodType>(fields: T) => z.intersection(z.object({ id: z.string().min(1) }), fields);

export const sourceDocumentSchema = z.object({
  file: z.string().min(1),
  title: z.string().min(1),
  authors: z.array(z.string()).default([]),
  publisher: z.string().nullable().default(null),
  published: z.string().nullable().default(null),
});

export const libraryBundleSchema = z.object({
  format: z.literal('policydesk-library'),
  version: z.literal(1),
  sources: z.array(sourceDocumentSchema).default([]),
  organisations: z.array(withId(organisationFieldsSchema)).default([]),
  policies: z.array(withId(policyFieldsSchema)).default([]),
  plans: z.array(withId(planFieldsSchema)).default([]),
  targets: z.array(withId(targetFieldsSchema)).default([]),
  observations: z.array(withId(observationFieldsSchema)).default([]),
});

export type LibraryBundle = z.infer<typeof libraryBundleSchema>;
export type BundleCollection = Exclude<keyof LibraryBundle, 'format' | 'version' | 'sources'>;
export const BUNDLE_COLLECTIONS: readonly BundleCollection[] = ['organisations', 'policies', 'plans', 'targets', 'observations'];
