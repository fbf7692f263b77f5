import type { HighlightColour } from '../../domain/annotation';

/**
 * The parts of the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/)
 * PolicyDesk writes. Property names and values are the W3C ones, so the JSON-LD context
 * http://www.w3.org/ns/anno.jsonld gives them their meaning.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
export const MARKDOWN_FORMAT = 'text/markdown';

export interface W3cTextualBody {
  type: 'TextualBody';
  value: string;
  /** "commenting" for the analyst's comment, "tagging" for each tag (W3C §3.3.5). */
  purpose: 'commenting' | 'tagging';
  format?: string;
}

export interface W3cTextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

export interface W3cTextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A passage of a policy: the item, the selectors (alternatives for one passage, W3C §4.2) and the colour's class. */
export interface W3cSpecificResource {
  source: string;
  selector: Array<W3cTextQuoteSelector | W3cTextPositionSelector>;
  styleClass?: HighlightColour;
}

export interface W3cAnnotation {
  '@context'?: typeof ANNO_CONTEXT;
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting';
  created: string;
  modified: string;
  creator: { type: 'Person'; name: string };
  body?: W3cTextualBody[];
  /** A note targets the whole item (its IRI); a highlight targets a passage of it. */
  target: string | W3cSpecificResource;
  stylesheet?: { type: 'CssStylesheet'; value: string };
}

export interface W3cAnnotationCollection {
  '@context': typeof ANNO_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  created: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: W3cAnnotation[] };
}

/** The highlight colours as CSS, for the embedded stylesheet the styleClass names refer to. */
export const HIGHLIGHT_CSS: Readonly<Record<HighlightColour, string>> = {
  yellow: '#fff3a3',
  green: '#c9f0c9',
  blue: '#cfe3ff',
  pink: '#ffd6e7',
  orange: '#ffdcb5',
};
