// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { dispatchHostCall } from '../../../shared/host/dispatch';
import { browserFileHandlers } from './browser-files';

const PDF_BYTES = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x00, 0xff]);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('file.save without a save picker', () => {
  it('downloads a Blob of the decoded bytes under the suggested name', async () => {
    expect(window.showSaveFilePicker).toBeUndefined();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:policydesk/1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });

    const reply = await dispatchHostCall(browserFileHandlers, 'file.save', {
      suggestedName: 'briefing.pdf',
      content: btoa(String.fromCharCode(...PDF_BYTES)),
      encoding: 'base64',
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });

    expect(reply).toEqual({ ok: true, result: { path: 'briefing.pdf' } });
    expect(clicked).toEqual([{ href: 'blob:policydesk/1', download: 'briefing.pdf' }]);
    expect(blobs[0]?.type).toBe('application/pdf');
    expect(new Uint8Array(await (blobs[0] as Blob).arrayBuffer())).toEqual(PDF_BYTES);
    expect(document.querySelector('a')).toBeNull();
  });
});
