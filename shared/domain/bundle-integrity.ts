import type { ItemKind } from './entities';
import { ITEM_LINKS, linkedIds } from './item-links';
import { itemKinds, kindOfCollection } from './item-kinds';
import { BUNDLE_COLLECTIONS, type LibraryBundle } from './library-bundle';

/**
 * Checks that a library holds together: ids are unique, every link points at an item that
 * exists, and, when the source texts are given, every quoted citation is found verbatim in
 * its source and every observed figure appears in its quote. Returns one plain sentence per
 * problem; an empty list means the library is sound.
 */
export function checkBundleIntegrity(
  bundle: LibraryBundle,
  sourceTexts: Readonly<Record<string, string>> = {},
  /** Ids of items outside the bundle (already in the library) that its items may link to. */
  existingIds: ReadonlySet<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const idsByKind = new Map<ItemKind, Set<string>>();
  const seen = new Set<string>();
  for (const collection of BUNDLE_COLLECTIONS) {
    const ids = new Set<string>();
    for (const item of bundle[collection]) {
      if (seen.has(item.id)) problems.push(`The id ${item.id} is used more than once`);
      seen.add(item.id);
      ids.add(item.id);
    }
    idsByKind.set(kindOfCollection(collection), ids);
  }

  for (const link of ITEM_LINKS) {
    const targets = idsByKind.get(link.to) ?? new Set<string>();
    for (const item of bundle[itemKinds[link.from].collection]) {
      for (const id of linkedIds(link, item)) {
        if (!targets.has(id) && !existingIds.has(id)) problems.push(`${item.id} links ${link.role} ${id}, which does not exist`);
      }
    }
  }

  const knownSources = new Set(bundle.sources.map((source) => source.file));
  for (const collection of BUNDLE_COLLECTIONS) {
    for (const item of bundle[collection]) {
      const { citation } = item;
      if (knownSources.size > 0 && !knownSources.has(citation.source)) {
        problems.push(`${item.id} cites ${citation.source}, which is not among the library's sources`);
      }
      const text = sourceTexts[citation.source];
      if (text === undefined || citation.quote === null) continue;
      if (!normaliseSpace(text).includes(normaliseSpace(citation.quote))) {
        problems.push(`${item.id} quotes text not found verbatim in ${citation.source}: "${citation.quote}"`);
      }
    }
  }
  for (const observation of bundle.observations) {
    const quote = observation.citation.quote;
    if (quote !== null && !quoteStatesValue(quote, observation.value)) {
      problems.push(`${observation.id} has the value ${observation.value}, which its quote does not state`);
    }
  }
  return problems;
}

function normaliseSpace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

const NUMBER_WORDS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];

const ORDINAL_WORDS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * True when the quote writes the value in any usual form: 2446, 2,446, 7.0 for 7, "eight",
 * or for ranks an ordinal ("fifth").
 */
export function quoteStatesValue(quote: string, value: number): boolean {
  const digits = quote.replace(/(\d)[,\u00a0 ](?=\d{3}\b)/gu, '$1');
  const plain = String(value).replace('.', '\\.');
  // An integer may be written with a zero decimal ("7.0"); a decimal must match as written.
  const fraction = Number.isInteger(value) ? '(\\.0+)?' : '';
  const pattern = new RegExp(`(^|[^\\d.])${plain}${fraction}(?![\\d]|\\.\\d)`, 'u');
  if (pattern.test(digits)) return true;
  const words = [NUMBER_WORDS[value], ORDINAL_WORDS[value]].filter((word) => word);
  return words.some((word) => new RegExp(`\\b${word}\\b`, 'iu').test(quote));
}
