import type { z } from 'zod';
import { parseSelectors } from '../anchor';
import type { PassageSelectors } from '../selectors';
import { textPositionSelectorSchema, textQuoteSelectorSchema } from '../selectors';
import { HIGHLIGHT_COLOURS, type HighlightColour } from '../../domain/annotation';
import type { ItemKind } from '../../domain/entities';
import { parseAppUrl } from './app-url';
import { annotationsInDocument, type bodySchema, type targetSchema, w3cAnnotationSchema } from './jsonld-schema';

/**
 * Reads W3C Web Annotation JSON-LD into annotations PolicyDesk can store, one by one: an
 * annotation that cannot be mapped is refused with a reason; the others go on. Whether the
 * item exists, whether the id is already taken and which tags exist is the data layer's
 * question (renderer/src/data/annotation-import.ts).
 */

export interface ImportCandidate {
  /** 1-based place in the file, so a refusal can say which annotation it means. */
  position: number;
  id: string;
  itemKind: ItemKind;
  itemId: string;
  kind: 'note' | 'highlight';
  body: string;
  color: HighlightColour | null;
  tagNames: string[];
  selector: PassageSelectors | null;
  author: string;
  createdAt: string;
  updatedAt: string;
}

export interface ImportRefusal {
  position: number;
  reason: string;
}

export interface AnnotationFile {
  candidates: ImportCandidate[];
  refused: ImportRefusal[];
}

/** Ids PolicyDesk makes (ann-<uuid>) and any other plain id; nothing that needs escaping to show. */
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/u;
const URN_UUID = /^urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/iu;
export const UNKNOWN_AUTHOR = 'Unknown author';

class Refused extends Error {}

/** The PolicyDesk id an annotation's IRI stands for, so importing it twice finds the same one. */
function annotationIdOf(iri: string): string {
  const uuid = URN_UUID.exec(iri)?.[1];
  const id = uuid ? `ann-${uuid.toLowerCase()}` : (parseAppUrl(iri)?.annotationId ?? null);
  if (id === null) throw new Refused(`its id ${iri} is neither a PolicyDesk annotation address nor a urn:uuid`);
  if (!SAFE_ID.test(id)) throw new Refused(`its id ${iri} holds characters PolicyDesk does not use in ids`);
  return id;
}

function readBodies(bodies: Array<z.output<typeof bodySchema>>, bodyValue: string | undefined) {
  const comments = bodyValue === undefined ? [] : [bodyValue];
  const tagNames: string[] = [];
  for (const body of bodies) {
    if (typeof body === 'string' || !body.type?.includes('TextualBody') || typeof body.value !== 'string') {
      throw new Refused('it has a body that is not text (PolicyDesk reads TextualBody bodies only)');
    }
    if (body.purpose?.includes('tagging')) tagNames.push(body.value.trim());
    else comments.push(body.value);
  }
  return { body: comments.join('\n\n'), tagNames: [...new Set(tagNames.filter((name) => name !== ''))] };
}

function readTarget(targets: Array<z.output<typeof targetSchema>>) {
  if (targets.length !== 1) throw new Refused('it has more than one target; PolicyDesk annotations are on one item');
  const target = targets[0]!;
  const source = typeof target === 'string' ? target : (target.source ?? target.id ?? '');
  const item = parseAppUrl(source);
  if (!item) throw new Refused(`its target ${source || '(none)'} is not an item of a PolicyDesk library`);
  if (typeof target === 'string' || !target.selector) return { item, selector: null, styleClass: undefined };

  const quote = target.selector.find((selector) => selector.type === 'TextQuoteSelector');
  const parsedQuote = textQuoteSelectorSchema.safeParse(quote);
  if (!parsedQuote.success)
    throw new Refused('its passage has no usable TextQuoteSelector; PolicyDesk finds passages by their quote');
  // The position is only a hint next to the quote: a malformed one is dropped, not fatal.
  const position = textPositionSelectorSchema.safeParse(
    target.selector.find((selector) => selector.type === 'TextPositionSelector'),
  );
  const selector = parseSelectors({ quote: parsedQuote.data, ...(position.success ? { position: position.data } : {}) });
  return { item, selector, styleClass: target.styleClass };
}

function colourOf(styleClass: string | undefined): HighlightColour {
  const named = styleClass
    ?.split(/\s+/u)
    .find((name): name is HighlightColour => (HIGHLIGHT_COLOURS as readonly string[]).includes(name));
  return named ?? 'yellow';
}

function authorOf(creators: Array<string | { name?: string | undefined }> | undefined): string {
  // A creator given only as an IRI has no name to show.
  const named = creators?.find((creator) => typeof creator !== 'string' && creator.name?.trim());
  return typeof named === 'object' ? named.name!.trim() : UNKNOWN_AUTHOR;
}

function readOne(raw: unknown, position: number, now: string): ImportCandidate {
  const parsed = w3cAnnotationSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refused(
      `it is not a valid W3C annotation (${issue?.path.join('.') || 'annotation'}: ${issue?.message ?? 'invalid'})`,
    );
  }
  const annotation = parsed.data;
  const id = annotationIdOf(annotation.id);
  const { item, selector, styleClass } = readTarget(annotation.target);
  const { body, tagNames } = readBodies(annotation.body ?? [], annotation.bodyValue);
  const createdAt = annotation.created ?? now;
  return {
    position,
    id,
    itemKind: item.kind,
    itemId: item.itemId,
    kind: selector ? 'highlight' : 'note',
    body,
    color: selector ? colourOf(styleClass) : null,
    tagNames,
    selector,
    author: authorOf(annotation.creator),
    createdAt,
    updatedAt: annotation.modified ?? createdAt,
  };
}

/**
 * The annotations of a JSON-LD file, each mapped or refused with its reason. Throws
 * AnnotationFileError when the file as a whole is not annotations. `now` dates an annotation
 * that carries no "created".
 */
export function readAnnotationFile(text: string, now: string): AnnotationFile {
  const result: AnnotationFile = { candidates: [], refused: [] };
  annotationsInDocument(text).forEach((raw, index) => {
    try {
      result.candidates.push(readOne(raw, index + 1, now));
    } catch (error) {
      if (!(error instanceof Refused)) throw error;
      result.refused.push({ position: index + 1, reason: `Annotation ${index + 1} was refused: ${error.message}.` });
    }
  });
  return result;
}
