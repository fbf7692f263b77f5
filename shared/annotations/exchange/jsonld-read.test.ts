import { describe, expect, it } from 'vitest';
import { annotationsToJsonLd, annotationToW3c } from './jsonld';
import { readAnnotationFile, UNKNOWN_AUTHOR } from './jsonld-read';
import { AnnotationFileError } from './jsonld-schema';
import { highlightEntry, highlightRecord, noteEntry, noteRecord } from './test-entries';

const NOW = '2025-01-01T00:00:00.000Z';
const options = { exportedAt: NOW, uuid: () => '00000000-0000-4000-8000-000000000000' };
const read = (value: unknown) => readAnnotationFile(JSON.stringify(value), NOW);

describe('reading W3C Web Annotation JSON-LD', () => {
  it('gives back the annotations it exported: ids, items, quotes, positions, comments, tags, colours, authors and dates', () => {
    const { candidates, refused } = readAnnotationFile(annotationsToJsonLd([highlightEntry, noteEntry], options), NOW);
    expect(refused).toEqual([]);
    expect(candidates).toEqual([
      {
        position: 1,
        id: highlightRecord.id,
        itemKind: 'policy',
        itemId: 'pol-measures',
        kind: 'highlight',
        body: highlightRecord.body,
        color: 'green',
        tagNames: ['approval', '国际会议'],
        selector: highlightRecord.selector,
        author: 'Li Wei',
        createdAt: highlightRecord.createdAt,
        updatedAt: highlightRecord.updatedAt,
      },
      {
        position: 2,
        id: noteRecord.id,
        itemKind: 'target',
        itemId: 'tgt-attract',
        kind: 'note',
        body: noteRecord.body,
        color: null,
        tagNames: [],
        selector: null,
        author: 'Analyst',
        createdAt: noteRecord.createdAt,
        updatedAt: noteRecord.updatedAt,
      },
    ]);
  });

  it('accepts a bare array of annotations, a single annotation and an AnnotationPage', () => {
    const one = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...annotationToW3c(noteEntry) };
    expect(read([one]).candidates).toHaveLength(1);
    expect(read(one).candidates).toHaveLength(1);
    expect(read({ type: 'AnnotationPage', items: [one, one] }).candidates).toHaveLength(2);
  });

  it('maps a urn:uuid id to a PolicyDesk id, so importing it twice finds the same annotation', () => {
    const annotation = { ...annotationToW3c(noteEntry), id: 'urn:uuid:6F1D3A52-0000-4000-8000-000000000001' };
    expect(read([annotation]).candidates[0]?.id).toBe('ann-6f1d3a52-0000-4000-8000-000000000001');
  });

  it('reads tags by name, trimmed and once each, and a quote that arrives decomposed as NFC', () => {
    const annotation = annotationToW3c(highlightEntry);
    annotation.body = [
      { type: 'TextualBody', value: ' approval ', purpose: 'tagging' },
      { type: 'TextualBody', value: 'approval', purpose: 'tagging' },
    ];
    (annotation.target as { selector: Array<{ exact?: string }> }).selector[0]!.exact = 'Cafe\u0301';
    const [candidate] = read([annotation]).candidates;
    expect(candidate?.tagNames).toEqual(['approval']);
    expect(candidate?.body).toBe('');
    expect(candidate?.selector?.quote.exact).toBe('Caf\u00e9');
  });

  it('takes the author from a creator with a name, and dates an undated annotation now', () => {
    const { created: _created, modified: _modified, ...undated } = annotationToW3c(noteEntry);
    const [candidate] = read([{ ...undated, creator: 'https://example.org/people/1' }]).candidates;
    expect(candidate).toMatchObject({ author: UNKNOWN_AUTHOR, createdAt: NOW, updatedAt: NOW });
  });

  it('refuses, with a reason, an annotation it cannot map, and keeps reading the others', () => {
    const good = annotationToW3c(noteEntry);
    const { candidates, refused } = read([
      { ...good, target: 'https://example.org/page' },
      { ...good, id: 'https://hypothes.is/a/123' },
      { ...good, target: [good.target, good.target] },
      { ...good, body: [{ type: 'Image', id: 'https://example.org/x.png' }] },
      { ...good, target: { source: 'policydesk://policies/pol-a', selector: [{ type: 'XPathSelector', value: '/p[1]' }] } },
      { ...good, type: 'Note' },
      good,
    ]);
    expect(candidates.map((candidate) => candidate.position)).toEqual([7]);
    expect(refused.map((refusal) => refusal.reason)).toEqual([
      'Annotation 1 was refused: its target https://example.org/page is not an item of a PolicyDesk library.',
      'Annotation 2 was refused: its id https://hypothes.is/a/123 is neither a PolicyDesk annotation address nor a urn:uuid.',
      'Annotation 3 was refused: it has more than one target; PolicyDesk annotations are on one item.',
      'Annotation 4 was refused: it has a body that is not text (PolicyDesk reads TextualBody bodies only).',
      'Annotation 5 was refused: its passage has no usable TextQuoteSelector; PolicyDesk finds passages by their quote.',
      'Annotation 6 was refused: it is not a valid W3C annotation (type: Its type is not "Annotation").',
    ]);
  });

  it('refuses a whole file that is not JSON or holds no annotations', () => {
    expect(() => readAnnotationFile('{ not json', NOW)).toThrow(AnnotationFileError);
    expect(() => read({ hello: 'world' })).toThrow(/not W3C Web Annotation JSON-LD/u);
    expect(() => read({ type: 'AnnotationCollection', first: 'https://example.org/page1' })).toThrow(/not in the file/u);
  });

  it('reads a file that starts with a byte order mark', () => {
    expect(readAnnotationFile(`\uFEFF${JSON.stringify([annotationToW3c(noteEntry)])}`, NOW).candidates).toHaveLength(1);
  });
});
