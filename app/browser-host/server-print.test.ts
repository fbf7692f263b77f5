import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, MAX_BRIEFING_HTML_BYTES } from '../../shared/host/limits';
import type { PrintJob } from '../host-services/briefing-print';
import { bodyLimitFor } from './api';
import { startBrowserHost, type BrowserHost } from './server';
import { signInTo, type TestSession } from './test-session';

const MINIMAL_PDF = '%PDF-1.4\n1 0 obj\n<</Type /Page>>\nendobj\n%%EOF\n';

let host: BrowserHost;
let session: TestSession;
let jobs: { job: PrintJob; document: string }[];

beforeEach(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'pd-browser-print-'));
  mkdirSync(path.join(root, 'renderer'));
  writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>PolicyDesk</title>');
  jobs = [];
  host = await startBrowserHost({
    dataDir: path.join(root, 'data'),
    port: 0,
    open: false,
    rendererDir: path.join(root, 'renderer'),
    printer: async (job) => {
      const { readFile } = await import('node:fs/promises');
      jobs.push({ job, document: await readFile(job.workspace.documentFile, 'utf8') });
      return Buffer.from(MINIMAL_PDF, 'latin1');
    },
  });
  session = await signInTo(host);
});

afterEach(async () => {
  await host.close();
});

describe('briefing.print in the browser host', () => {
  it('prints the prepared document and answers with the PDF and its page count', async () => {
    const answer = await session.call('briefing.print', { html: '<!doctype html><p>简报</p>', paper: 'A4', title: 'B' });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      ok: true,
      result: { pdfBase64: Buffer.from(MINIMAL_PDF, 'latin1').toString('base64'), pages: 1 },
    });
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.job.paper).toBe('A4');
    expect(jobs[0]?.job.signal.aborted).toBe(false);
    expect(jobs[0]?.document).toContain('<p>简报</p>');
  });

  it('takes a briefing far larger than other calls may send', async () => {
    const html = `<!doctype html><p>${'政策'.repeat(1024 * 1024)}</p>`;
    const answer = await session.call('briefing.print', { html, paper: 'Letter', title: 'Large' });
    expect(answer.status).toBe(200);
    expect(jobs[0]?.document.length).toBeGreaterThan(2 * 1024 * 1024);
  });

  it('refuses invalid arguments with a sentence', async () => {
    const answer = await session.call('briefing.print', { html: '<p>x</p>', paper: 'A5', title: 'B' });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(jobs).toEqual([]);
  });
});

describe('bodyLimitFor', () => {
  it('fits any briefing the contract accepts, even one JSON must escape throughout', () => {
    // Every byte a control character, which JSON writes as \u00XX: six bytes for one.
    expect(bodyLimitFor('briefing.print')).toBeGreaterThanOrEqual(6 * MAX_BRIEFING_HTML_BYTES + 1024);
    expect(JSON.stringify('\u0001'.repeat(10)).length).toBe(6 * 10 + 2);
  });

  it('keeps the small default for other calls, and the backup limit for backups', () => {
    expect(bodyLimitFor('app.info')).toBe(1024 * 1024);
    expect(bodyLimitFor('constructor')).toBe(1024 * 1024);
    expect(bodyLimitFor('backup.write')).toBe(2 * MAX_BACKUP_BYTES + 1024);
  });
});
