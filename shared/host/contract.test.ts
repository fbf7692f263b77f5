import { describe, expect, it } from 'vitest';
import { BACKUP_REASONS, backupEntrySchema, hostContract } from './contract';
import { dispatchHostCall } from './dispatch';
import { base64Length, briefingTooLargeMessage, MAX_BRIEFING_HTML_BYTES, MAX_BRIEFING_PDF_BYTES } from './limits';

const printArgs = hostContract['briefing.print'].args;
const printResult = hostContract['briefing.print'].result;
const saveArgs = hostContract['file.save'].args;

const briefing = { html: '<!doctype html><title>B</title><p>简报</p>', paper: 'A4', title: 'Briefing' };

function messages(result: { success: boolean; error?: { issues: { message: string; path: PropertyKey[] }[] } }) {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('briefing.print arguments', () => {
  it('accept a document, A4 or Letter, and a title', () => {
    expect(printArgs.parse(briefing)).toEqual(briefing);
    expect(printArgs.parse({ ...briefing, paper: 'Letter' }).paper).toBe('Letter');
  });

  it('refuse other paper, an empty document and an empty title', () => {
    expect(printArgs.safeParse({ ...briefing, paper: 'A3' }).success).toBe(false);
    expect(printArgs.safeParse({ ...briefing, html: '' }).success).toBe(false);
    expect(printArgs.safeParse({ ...briefing, title: '' }).success).toBe(false);
  });

  it('refuse a document with more characters than the byte cap, with one clear sentence', () => {
    const result = printArgs.safeParse({ ...briefing, html: 'x'.repeat(MAX_BRIEFING_HTML_BYTES + 1) });
    expect(messages(result)).toEqual([`html: ${briefingTooLargeMessage()}`]);
  });

  it('count bytes, not characters: Chinese text takes three each', () => {
    const chinese = '政'.repeat(MAX_BRIEFING_HTML_BYTES / 3 + 1);
    expect(chinese.length).toBeLessThan(MAX_BRIEFING_HTML_BYTES);
    expect(messages(printArgs.safeParse({ ...briefing, html: chinese }))).toEqual([`html: ${briefingTooLargeMessage()}`]);
    expect(printArgs.safeParse({ ...briefing, html: '政'.repeat(MAX_BRIEFING_HTML_BYTES / 3 - 1) }).success).toBe(true);
  });

  it('are refused by the dispatcher before any printer runs', async () => {
    let printed = false;
    const reply = await dispatchHostCall(
      {
        'briefing.print': async () => {
          printed = true;
          return { pdfBase64: '', pages: 1 };
        },
      },
      'briefing.print',
      { ...briefing, html: 'x'.repeat(MAX_BRIEFING_HTML_BYTES + 1) },
    );
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: `Invalid arguments for "briefing.print": html: ${briefingTooLargeMessage()}.` },
    });
    expect(printed).toBe(false);
  });
});

describe('briefing.print result', () => {
  it('is a base64 PDF and a positive page count', () => {
    expect(printResult.parse({ pdfBase64: 'JVBERi0xLjQ=', pages: 2 })).toEqual({ pdfBase64: 'JVBERi0xLjQ=', pages: 2 });
    expect(printResult.safeParse({ pdfBase64: '%PDF-1.4', pages: 2 }).success).toBe(false);
    expect(printResult.safeParse({ pdfBase64: 'JVBERi0xLjQ=', pages: 0 }).success).toBe(false);
    expect(printResult.safeParse({ pdfBase64: 'JVBERi0xLjQ=', pages: 1.5 }).success).toBe(false);
  });

  it('is bounded by the PDF cap, in base64 characters', () => {
    expect(base64Length(3)).toBe(4);
    expect(base64Length(4)).toBe(8);
    expect(base64Length(MAX_BRIEFING_PDF_BYTES)).toBe(Math.ceil(MAX_BRIEFING_PDF_BYTES / 3) * 4);
  });
});

describe('file.save arguments', () => {
  const save = { suggestedName: 'briefing.pdf', content: 'JVBERi0xLjQ=' };

  it('default to UTF-8 text, as before', () => {
    expect(saveArgs.parse({ suggestedName: 'notes.md', content: '# 简报' })).toEqual({
      suggestedName: 'notes.md',
      content: '# 简报',
      encoding: 'utf8',
      filters: [],
    });
  });

  it('take base64 content when asked to', () => {
    expect(saveArgs.parse({ ...save, encoding: 'base64' }).encoding).toBe('base64');
    expect(saveArgs.parse({ ...save, content: '', encoding: 'base64' }).content).toBe('');
  });

  it('refuse content that is not base64, naming the field', () => {
    for (const content of ['%PDF-1.4', 'JVBERi0xLjQ', 'JVBE Ri0x', 'JVBERi0xLjQ=\n']) {
      expect(messages(saveArgs.safeParse({ ...save, content, encoding: 'base64' }))).toEqual(['content: Not valid base64']);
    }
  });

  it('refuse any other encoding', () => {
    expect(saveArgs.safeParse({ ...save, encoding: 'latin1' }).success).toBe(false);
  });
});

describe('backup.write arguments', () => {
  const writeArgs = hostContract['backup.write'].args;

  it('default the reason to manual', () => {
    expect(writeArgs.parse({ json: '{}' })).toEqual({ json: '{}', reason: 'manual' });
  });

  it('accept each reason of the fixed list, and nothing else', () => {
    for (const reason of BACKUP_REASONS) expect(writeArgs.parse({ json: '{}', reason }).reason).toBe(reason);
    for (const reason of ['weekly', '../x', '', 'Manual'])
      expect(writeArgs.safeParse({ json: '{}', reason }).success).toBe(false);
  });
});

describe('backup entries', () => {
  it('say why each backup was made', () => {
    const entry = { name: 'policydesk-2025-01-02T03-04-05-006Z-daily.json', bytes: 2, createdAt: '2025-01-02T03:04:05.006Z' };
    expect(backupEntrySchema.safeParse(entry).success).toBe(false);
    expect(backupEntrySchema.parse({ ...entry, reason: 'daily' }).reason).toBe('daily');
  });
});

describe('library ledger results', () => {
  const readResult = hostContract['library.ledger.read'].result;

  it('are a ledger or null', () => {
    expect(readResult.parse(null)).toBeNull();
    const ledger = { itemCount: 3, lastChangeAt: null, updatedAt: '2025-03-20T12:00:00.000Z' };
    expect(readResult.parse(ledger)).toEqual(ledger);
    expect(readResult.safeParse({ ...ledger, updatedAt: null }).success).toBe(false);
  });
});
