import { z } from 'zod';

/**
 * The two W3C Web Annotation selectors PolicyDesk stores for a highlight, and the outcome of
 * re-finding it. Field names and `type` values are the W3C ones, so an annotation exported as
 * JSON-LD carries them unchanged. Offsets count Unicode code points in the NFC text.
 */

export const textQuoteSelectorSchema = z.object({
  type: z.literal('TextQuoteSelector'),
  exact: z.string().min(1, 'The quote cannot be empty'),
  // Optional in the W3C model, so an imported selector without context still loads.
  prefix: z.string().default(''),
  suffix: z.string().default(''),
});
export type TextQuoteSelector = z.infer<typeof textQuoteSelectorSchema>;

export const textPositionSelectorSchema = z
  .object({
    type: z.literal('TextPositionSelector'),
    start: z.number().int('The start must be a whole number').nonnegative('The start cannot be negative'),
    end: z.number().int('The end must be a whole number').nonnegative('The end cannot be negative'),
  })
  .refine((position) => position.end > position.start, { path: ['end'], message: 'A position must end after it starts' });
export type TextPositionSelector = z.infer<typeof textPositionSelectorSchema>;

/**
 * What a highlight stores to find its passage again. The position is optional because a
 * selector imported from another tool may carry only the quote; the quote is what is trusted.
 */
export const passageSelectorsSchema = z.object({
  quote: textQuoteSelectorSchema,
  position: textPositionSelectorSchema.optional(),
});
export type PassageSelectors = z.infer<typeof passageSelectorsSchema>;

export const ORPHAN_REASONS = ['quote-gone', 'ambiguous'] as const;
export type OrphanReason = (typeof ORPHAN_REASONS)[number];

const codePointOffset = z.number().int().nonnegative();

export const anchorResultSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('anchored'),
    start: codePointOffset,
    end: codePointOffset,
    /** The range differs from the stored position (or none was stored): save the new one. */
    moved: z.boolean(),
  }),
  z.object({
    status: z.literal('orphaned'),
    reason: z.enum(ORPHAN_REASONS),
    /** For 'ambiguous': how many places hold the quote equally well. */
    candidates: z.number().int().nonnegative().optional(),
    /**
     * For 'quote-gone': a passage that differs from the quote only in whitespace, which the
     * analyst may accept. Never applied automatically; the annotation stays orphaned.
     */
    suggestion: z.object({ start: codePointOffset, end: codePointOffset, differs: z.literal('whitespace') }).optional(),
  }),
]);
export type AnchorResult = z.infer<typeof anchorResultSchema>;
export type AnchoredResult = Extract<AnchorResult, { status: 'anchored' }>;
export type OrphanedResult = Extract<AnchorResult, { status: 'orphaned' }>;
