import { describe, expect, it } from 'vitest';
import { annotationsToCsv, CSV_COLUMNS, csvField, UTF8_BOM } from './csv';
import { highlightEntry, noteEntry } from './test-entries';

describe('CSV fields (RFC 4180)', () => {
  it('leave plain text unquoted', () => {
    expect(csvField('plain text')).toBe('plain text');
  });

  it('quote a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "yes"')).toBe('"say ""yes"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
  });

  it('keep Chinese text as it is', () => {
    expect(csvField('关于在华举办国际会议的管理办法')).toBe('关于在华举办国际会议的管理办法');
  });

  it('turn a cell a spreadsheet would run as a formula into text', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('- a list item')).toBe("'- a list item");
    expect(csvField('@cmd')).toBe("'@cmd");
  });
});

describe('the CSV export', () => {
  const csv = annotationsToCsv([highlightEntry, noteEntry]);

  it('starts with a UTF-8 byte order mark so Excel reads Chinese, then the header', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });

  it('ends every record with CRLF and keeps a comment with quotes, commas and a newline in one field', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    const records = csv.slice(1).split('\r\n');
    expect(records).toHaveLength(4);
    expect(records[1]).toContain('"Needs **approval**, ""State Council"", see below,\nsecond line"');
    expect(records[1]).toContain(',关于在华举办国际会议的管理办法,');
  });

  it('gives the tags, the citation, the author, the dates and the link back', () => {
    const record = csv.slice(1).split('\r\n')[1]!;
    expect(record).toContain(',approval; 国际会议,Policy,pol-measures,');
    expect(record).toContain(',003_4d07e7d8407a130e.txt,6 International Conferences › (1) Large-scale conferences,,Li Wei,');
    expect(record).toContain('2024-03-10T09:30:00.000Z,2024-03-11T10:00:00.000Z,anchored,green,');
    expect(record.endsWith('policydesk://policies/pol-measures?annotation=ann-0b1c7c52-4a1e-4f5e-9d59-1f0c5a2b3c4d')).toBe(true);
  });

  it('leaves the quote of a note empty and gives its page', () => {
    const record = csv.slice(1).split('\r\n')[2]!;
    expect(record.startsWith('ann-note-1,note,,Track how many ISTOs')).toBe(true);
    expect(record).toContain(',12,Analyst,');
  });
});
