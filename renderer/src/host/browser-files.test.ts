import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchHostCall } from '../../../shared/host/dispatch';
import { browserFileHandlers, fileBlob } from './browser-files';

const PDF_BYTES = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0x00, 0xff]);
const PDF_BASE64 = btoa(String.fromCharCode(...PDF_BYTES));
const pdfFilter = [{ name: 'PDF document', extensions: ['pdf'] }];

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** A save picker that records what is written through it. */
function stubSavePicker(name: string) {
  const written: unknown[] = [];
  const picked: unknown[] = [];
  const handle = {
    name,
    createWritable: async () => ({
      write: async (data: unknown) => {
        written.push(data);
      },
      close: async () => undefined,
    }),
  };
  vi.stubGlobal('window', {
    showSaveFilePicker: async (options: unknown) => {
      picked.push(options);
      return handle;
    },
  });
  return { written, picked };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fileBlob', () => {
  it('holds the bytes a base64 text encodes, typed by the first filter', async () => {
    const blob = fileBlob(PDF_BASE64, 'base64', pdfFilter);
    expect(blob.type).toBe('application/pdf');
    expect(await bytesOf(blob)).toEqual(PDF_BYTES);
  });

  it('holds text as UTF-8', async () => {
    const blob = fileBlob('简报 # Title', 'utf8', [{ name: 'Markdown', extensions: ['md'] }]);
    expect(blob.type).toBe('text/markdown');
    expect(await blob.text()).toBe('简报 # Title');
  });
});

describe('file.save in the browser', () => {
  it('writes the decoded bytes of a PDF through the save picker', async () => {
    const { written, picked } = stubSavePicker('briefing.pdf');
    const reply = await dispatchHostCall(browserFileHandlers, 'file.save', {
      suggestedName: 'briefing.pdf',
      content: PDF_BASE64,
      encoding: 'base64',
      filters: pdfFilter,
    });
    expect(reply).toEqual({ ok: true, result: { path: 'briefing.pdf' } });
    expect(picked).toEqual([
      { suggestedName: 'briefing.pdf', types: [{ description: 'PDF document', accept: { 'application/pdf': ['.pdf'] } }] },
    ]);
    expect(written).toHaveLength(1);
    expect(await bytesOf(written[0] as Blob)).toEqual(PDF_BYTES);
  });

  it('still writes text as UTF-8 when no encoding is named', async () => {
    const { written } = stubSavePicker('notes.md');
    await dispatchHostCall(browserFileHandlers, 'file.save', { suggestedName: 'notes.md', content: '政策' });
    expect(await (written[0] as Blob).text()).toBe('政策');
  });

  it('refuses content that is not base64 before any picker opens', async () => {
    const { picked } = stubSavePicker('briefing.pdf');
    const reply = await dispatchHostCall(browserFileHandlers, 'file.save', {
      suggestedName: 'briefing.pdf',
      content: '%PDF-1.4 not base64',
      encoding: 'base64',
    });
    expect(reply).toEqual({
      ok: false,
      error: { code: 'invalid-request', message: 'Invalid arguments for "file.save": content: Not valid base64.' },
    });
    expect(picked).toEqual([]);
  });
});
