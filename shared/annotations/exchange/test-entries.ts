import type { AnnotationRecord } from '../../domain/records';
import type { ExportEntry } from './export-entry';

/** Annotations the exchange tests share: a Chinese highlight with a tricky comment, and a note. */

const citation = {
  source: '003_4d07e7d8407a130e.txt',
  section: '6 International Conferences › (1) Large-scale conferences',
  page: null,
  quote: null,
};

export const highlightRecord: AnnotationRecord = {
  id: 'ann-0b1c7c52-4a1e-4f5e-9d59-1f0c5a2b3c4d',
  itemKind: 'policy',
  itemId: 'pol-measures',
  kind: 'highlight',
  body: 'Needs **approval**, "State Council", see below,\nsecond line',
  color: 'green',
  tagIds: ['tag-a', 'tag-b'],
  selector: {
    quote: { type: 'TextQuoteSelector', exact: '关于在华举办国际会议的管理办法', prefix: 'China (', suffix: ')” (中办发' },
    position: { type: 'TextPositionSelector', start: 120, end: 135 },
  },
  anchor: 'anchored',
  author: 'Li Wei',
  createdAt: '2024-03-10T09:30:00.000Z',
  updatedAt: '2024-03-11T10:00:00.000Z',
  deletedAt: null,
  origin: 'user',
  revision: 1,
};

export const noteRecord: AnnotationRecord = {
  id: 'ann-note-1',
  itemKind: 'target',
  itemId: 'tgt-attract',
  kind: 'note',
  body: 'Track how many ISTOs settle in China each year.',
  color: null,
  tagIds: [],
  selector: null,
  anchor: null,
  author: 'Analyst',
  createdAt: '2024-04-01T08:00:00.000Z',
  updatedAt: '2024-04-01T08:00:00.000Z',
  deletedAt: null,
  origin: 'user',
  revision: 1,
};

export const highlightEntry: ExportEntry = {
  annotation: highlightRecord,
  tagNames: ['approval', '国际会议'],
  item: { title: 'Management Methods for Holding International Conferences in China', citation },
};

export const noteEntry: ExportEntry = {
  annotation: noteRecord,
  tagNames: [],
  item: { title: 'Striving to attract international organizations', citation: { ...citation, page: 12 } },
};
