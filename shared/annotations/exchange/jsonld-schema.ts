import { z } from 'zod';

/**
 * What an import accepts, parsed leniently where the W3C model allows several shapes (one value
 * or an array; a body or target as an IRI or an object) and strictly where PolicyDesk needs a
 * value. Unknown properties pass through untouched: other tools add their own.
 */

const oneOrMore = <T extends z.ZodType>(schema: T) =>
  z.union([schema, z.array(schema)]).transform((value): Array<z.output<T>> => (Array.isArray(value) ? value : [value]));

const types = oneOrMore(z.string());

export const bodySchema = z.union([
  z.string(),
  z.looseObject({
    type: types.optional(),
    value: z.unknown().optional(),
    purpose: oneOrMore(z.string()).optional(),
    format: z.string().optional(),
  }),
]);

export const selectorSchema = z.looseObject({ type: z.string() });

export const targetSchema = z.union([
  z.string(),
  z.looseObject({
    source: z.string().optional(),
    id: z.string().optional(),
    selector: oneOrMore(selectorSchema).optional(),
    styleClass: z.string().optional(),
  }),
]);

const creatorSchema = z.union([z.string(), z.looseObject({ name: z.string().optional() })]);

const timestamp = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Give dates as ISO 8601, for example 2024-03-10T09:30:00Z')
  .transform((value) => new Date(value).toISOString());

export const w3cAnnotationSchema = z.looseObject({
  id: z.string({ message: 'An annotation needs an id' }).min(1, 'An annotation needs an id'),
  type: types.refine((list) => list.includes('Annotation'), 'Its type is not "Annotation"'),
  motivation: oneOrMore(z.string()).optional(),
  created: timestamp.optional(),
  modified: timestamp.optional(),
  creator: oneOrMore(creatorSchema).optional(),
  body: oneOrMore(bodySchema).optional(),
  bodyValue: z.string().optional(),
  target: oneOrMore(targetSchema),
});
export type W3cAnnotationInput = z.output<typeof w3cAnnotationSchema>;

const anyObject = z.looseObject({});
const pageSchema = z.looseObject({ items: z.array(z.unknown()), next: z.unknown().optional() });

/** A file that cannot be read as annotations at all; nothing in it is imported. */
export class AnnotationFileError extends Error {
  override name = 'AnnotationFileError';
}

const typesOf = (value: unknown): string[] => {
  const parsed = types.safeParse((value as { type?: unknown } | null)?.type);
  return parsed.success ? parsed.data : [];
};

/**
 * The annotations of a file, unparsed: an array of Annotations, one Annotation, an
 * AnnotationPage, or an AnnotationCollection whose pages are embedded (first, then next).
 */
export function annotationsInDocument(text: string): unknown[] {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (error) {
    throw new AnnotationFileError(`The file is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (Array.isArray(document)) return document;
  const kinds = typesOf(document);
  if (kinds.includes('Annotation')) return [document];
  if (kinds.includes('AnnotationPage')) return pageItems(document);
  if (kinds.includes('AnnotationCollection')) {
    const items: unknown[] = [];
    let page = anyObject.safeParse(document).data?.first;
    if (page === undefined) return items;
    while (page !== undefined) {
      if (typeof page === 'string')
        throw new AnnotationFileError(
          `The collection's page ${page} is not in the file; export it with its annotations embedded`,
        );
      items.push(...pageItems(page));
      page = (page as { next?: unknown }).next;
    }
    return items;
  }
  throw new AnnotationFileError(
    'The file is not W3C Web Annotation JSON-LD: it holds no Annotation, AnnotationPage or AnnotationCollection',
  );
}

function pageItems(page: unknown): unknown[] {
  const parsed = pageSchema.safeParse(page);
  if (!parsed.success) throw new AnnotationFileError('An AnnotationPage in the file has no list of items');
  return parsed.data.items;
}
