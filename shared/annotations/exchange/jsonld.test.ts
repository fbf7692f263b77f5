import { describe, expect, it } from 'vitest';
import { annotationsToCollection, annotationsToJsonLd, annotationToW3c } from './jsonld';
import { highlightEntry, noteEntry } from './test-entries';

let counter = 0;
const options = { exportedAt: '2024-05-01T12:00:00.000Z', uuid: () => `00000000-0000-4000-8000-00000000000${++counter}` };

describe('the W3C Web Annotation JSON-LD export', () => {
  it('is one AnnotationCollection in the anno.jsonld context whose first page embeds every annotation', () => {
    counter = 0;
    const collection = annotationsToCollection([highlightEntry, noteEntry], options);
    expect(collection).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      type: 'AnnotationCollection',
      label: 'PolicyDesk annotations',
      created: '2024-05-01T12:00:00.000Z',
      total: 2,
      first: { id: 'urn:uuid:00000000-0000-4000-8000-000000000002', type: 'AnnotationPage', startIndex: 0 },
    });
    expect(collection.first.items).toHaveLength(2);
  });

  it('writes a highlight with a Markdown comment body, tagging bodies, and quote and position selectors on the item', () => {
    expect(annotationToW3c(highlightEntry)).toEqual({
      id: 'policydesk://policies/pol-measures?annotation=ann-0b1c7c52-4a1e-4f5e-9d59-1f0c5a2b3c4d',
      type: 'Annotation',
      motivation: 'highlighting',
      created: '2024-03-10T09:30:00.000Z',
      modified: '2024-03-11T10:00:00.000Z',
      creator: { type: 'Person', name: 'Li Wei' },
      body: [
        {
          type: 'TextualBody',
          value: 'Needs **approval**, "State Council", see below,\nsecond line',
          format: 'text/markdown',
          purpose: 'commenting',
        },
        { type: 'TextualBody', value: 'approval', purpose: 'tagging' },
        { type: 'TextualBody', value: '国际会议', purpose: 'tagging' },
      ],
      target: {
        source: 'policydesk://policies/pol-measures',
        selector: [
          { type: 'TextQuoteSelector', exact: '关于在华举办国际会议的管理办法', prefix: 'China (', suffix: ')” (中办发' },
          { type: 'TextPositionSelector', start: 120, end: 135 },
        ],
        styleClass: 'green',
      },
      stylesheet: { type: 'CssStylesheet', value: '.green { background-color: #c9f0c9; }' },
    });
  });

  it('writes a note as commenting on the whole item, its target the item IRI', () => {
    const note = annotationToW3c(noteEntry);
    expect(note.motivation).toBe('commenting');
    expect(note.target).toBe('policydesk://targets/tgt-attract');
    expect(note).not.toHaveProperty('stylesheet');
  });

  it('leaves out the body of a bare highlight and empty prefix or suffix', () => {
    const quote = { type: 'TextQuoteSelector' as const, exact: 'quote', prefix: '', suffix: '' };
    const bare = { ...highlightEntry, tagNames: [], annotation: { ...highlightEntry.annotation, body: '', selector: { quote } } };
    const annotation = annotationToW3c(bare);
    expect(annotation).not.toHaveProperty('body');
    expect(annotation.target).toMatchObject({ selector: [{ type: 'TextQuoteSelector', exact: 'quote' }] });
    expect((annotation.target as { selector: object[] }).selector[0]).toEqual({ type: 'TextQuoteSelector', exact: 'quote' });
  });

  it('is pretty-printed JSON ending with a newline', () => {
    const text = annotationsToJsonLd([noteEntry], options);
    expect(text.endsWith('}\n')).toBe(true);
    expect(JSON.parse(text)).toMatchObject({ type: 'AnnotationCollection', total: 1 });
  });
});
