import { z } from 'zod';

/**
 * Where an item came from. An analyst must always be able to answer "where does this
 * number come from?", so every item carries one. `quote` is the sentence of the source
 * that states the fact, copied verbatim, so a reader can find it again.
 */
export const citationSchema = z.object({
  /** The source document: for the seeded library, the seed file's name. */
  source: z.string().trim().min(1, 'Name the source document'),
  /** The section heading the fact appears under, outermost first, joined with " › ". */
  section: z.string().trim().min(1, 'Name the section of the source'),
  page: z.number().int().positive().nullable().default(null),
  quote: z.string().trim().nullable().default(null),
});

export type Citation = z.infer<typeof citationSchema>;

export function formatCitation(citation: Citation): string {
  const page = citation.page === null ? '' : `, p. ${citation.page}`;
  return `${citation.source}, ${citation.section}${page}`;
}
