import { z } from 'zod';
import { passageSelectorsSchema } from '../annotations/selectors';
import { ITEM_KINDS } from './entities';

/** Highlight colours: named, so an export says "yellow" and print can map each to a pattern. */
export const HIGHLIGHT_COLOURS = ['yellow', 'green', 'blue', 'pink', 'orange'] as const;
export type HighlightColour = (typeof HIGHLIGHT_COLOURS)[number];

/** A comment is Markdown; this bounds one note, far above any real comment. */
const MAX_BODY = 20_000;

/**
 * An analyst's annotation: a note on a whole item, or a highlight on a passage of a policy's
 * text with the W3C selectors that find the passage again.
 */
export const annotationFieldsSchema = z
  .object({
    itemKind: z.enum(ITEM_KINDS),
    itemId: z.string().min(1),
    kind: z.enum(['note', 'highlight']),
    body: z
      .string()
      .max(MAX_BODY, `A comment can hold up to ${MAX_BODY.toLocaleString('en')} characters`)
      .default(''),
    color: z.enum(HIGHLIGHT_COLOURS).nullable().default(null),
    tagIds: z.array(z.string().min(1)).default([]),
    selector: passageSelectorsSchema.nullable().default(null),
    /** Whether the highlight was found in the current text; null for a note. */
    anchor: z.enum(['anchored', 'orphaned']).nullable().default(null),
    author: z.string().trim().min(1, 'Name the author').max(100),
  })
  .superRefine((value, ctx) => {
    if (value.kind === 'highlight') {
      if (value.itemKind !== 'policy')
        ctx.addIssue({ code: 'custom', path: ['itemKind'], message: 'Only a policy has text to highlight' });
      if (value.selector === null)
        ctx.addIssue({ code: 'custom', path: ['selector'], message: 'A highlight needs the passage it marks' });
    } else {
      if (value.selector !== null)
        ctx.addIssue({ code: 'custom', path: ['selector'], message: 'A note is on the whole item, not a passage' });
      if (value.body.trim() === '') ctx.addIssue({ code: 'custom', path: ['body'], message: 'Write the note' });
    }
  });

export type AnnotationFields = z.infer<typeof annotationFieldsSchema>;

/** A tag is a code: a name unique in the library, and a colour. */
export const tagFieldsSchema = z.object({
  name: z.string().trim().min(1, 'Name the tag').max(60, 'A tag name can be up to 60 characters'),
  color: z
    .string()
    .regex(/^#[0-9a-f]{6}$/iu, 'Choose a colour')
    .default('#5b6573'),
});
export type TagFields = z.infer<typeof tagFieldsSchema>;
