import { type LibraryBundle, BUNDLE_COLLECTIONS } from './library-bundle';

/**
 * Checks that a library holds together: ids are unique, every link points at an item that
 * exists, and, when the source texts are given, every quoted citation is found verbatim in
 * its source and every observed figure appears in its quote. Returns one plain sentence per
 * problem; an empty list means the library is sound.
 */
export function checkBundleIntegrity(bundle: LibraryBundle, sourceTexts: Readonly<Record<string, string>> = {}): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const collection of BUNDLE_COLLECTIONS) {
    for (const item of bundle[collection]) {
      if (seen.has(item.id)) problems.push(`The id ${item.id} is used more than once`);
      seen.add(item.id);
    }
  }

  const ids = (items: readonly { id: string }[]) => new Set(items.map((item) => item.id));
  const organisations = ids(bundle.organisations);
  const policies = ids(bundle.policies);
  const plans = ids(bundle.plans);
  const targets = ids(bundle.targets);
  const expect = (owner: string, field: string, id: string | null, pool: Set<string>) => {
    if (id !== null && !pool.has(id)) problems.push(`${owner} links ${field} ${id}, which does not exist`);
  };

  for (const policy of bundle.policies) {
    for (const issuer of policy.issuerIds) expect(policy.id, 'issuer', issuer, organisations);
  }
  for (const plan of bundle.plans) {
    expect(plan.id, 'policy', plan.policyId, policies);
    for (const issuer of plan.issuerIds) expect(plan.id, 'issuer', issuer, organisations);
  }
  for (const target of bundle.targets) {
    expect(target.id, 'plan', target.planId, plans);
    expect(target.id, 'policy', target.policyId, policies);
    for (const owner of target.ownerIds) expect(target.id, 'owner', owner, organisations);
  }
  for (const observation of bundle.observations) {
    expect(observation.id, 'target', observation.targetId, targets);
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
