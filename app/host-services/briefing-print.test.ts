import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { pdfTooLargeMessage } from '../../shared/host/limits';
import { createBriefingPrinting, untilAborted, type PdfPrinter, type PrintJob } from './briefing-print';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<</Type /Page>>\nendobj\n2 0 obj\n<</Type /Page>>\nendobj\n%%EOF\n', 'latin1');
const briefing = { html: '<!doctype html><p>简报</p>', paper: 'A4', title: 'Briefing' } as const;
const tempRoot = () => mkdtempSync(path.join(tmpdir(), 'pd-briefing-print-'));

/** A printer that records its job and what it found in the workspace, then answers `answer`. */
function recordingPrinter(answer: (job: PrintJob) => Promise<Uint8Array>) {
  const jobs: { job: PrintJob; document: string }[] = [];
  const printer: PdfPrinter = async (job) => {
    jobs.push({ job, document: readFileSync(job.workspace.documentFile, 'utf8') });
    return answer(job);
  };
  return { printer, jobs };
}

/** Never finishes on its own; ends when the job's signal aborts, as a printer must. */
const waitForAbort = (job: PrintJob) =>
  new Promise<Uint8Array>((_resolve, reject) => {
    job.signal.addEventListener('abort', () => reject(job.signal.reason as Error));
  });

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

describe('createBriefingPrinting', () => {
  it('prints the prepared document from a workspace, then answers with base64 and the page count', async () => {
    const { printer, jobs } = recordingPrinter(async () => PDF);
    const result = await createBriefingPrinting(printer, { tempRoot: tempRoot() }).print(briefing);
    expect(result).toEqual({ pdfBase64: PDF.toString('base64'), pages: 2 });
    expect(jobs[0]?.job.paper).toBe('A4');
    expect(jobs[0]?.document).toMatch(/^\uFEFF<!doctype html><meta http-equiv="Content-Security-Policy"/u);
    expect(jobs[0]?.document).toContain('<title>Briefing</title>');
    expect(existsSync(jobs[0]?.job.workspace.dir ?? '')).toBe(false);
  });

  it('refuses a PDF over the cap, and output that is not a PDF', async () => {
    const large = createBriefingPrinting(recordingPrinter(async () => PDF).printer, { maxPdfBytes: 10, tempRoot: tempRoot() });
    expect((await failure(large.print(briefing))).message).toBe(pdfTooLargeMessage(10));
    const garbage = createBriefingPrinting(recordingPrinter(async () => Buffer.from('<html>')).printer, { tempRoot: tempRoot() });
    expect((await failure(garbage.print(briefing))).message).toMatch(/not a usable PDF/u);
  });

  it('aborts a print that takes too long, and removes its workspace', async () => {
    const { printer, jobs } = recordingPrinter(waitForAbort);
    const error = await failure(createBriefingPrinting(printer, { timeoutMs: 50, tempRoot: tempRoot() }).print(briefing));
    expect(error.message).toBe(
      'PolicyDesk stopped printing the briefing after 0.1 seconds: it took too long. Try again, or leave out some sections.',
    );
    expect(jobs[0]?.job.signal.aborted).toBe(true);
    expect(existsSync(jobs[0]?.job.workspace.dir ?? '')).toBe(false);
  });

  it('stops every print on close, waits for the workspaces to go, and refuses new prints', async () => {
    const { printer, jobs } = recordingPrinter(waitForAbort);
    const printing = createBriefingPrinting(printer, { tempRoot: tempRoot() });
    const first = failure(printing.print(briefing));
    const second = failure(printing.print(briefing));
    await expect.poll(() => jobs.length).toBe(2);
    expect(printing.pending()).toBe(2);
    await printing.close();
    expect(printing.pending()).toBe(0);
    for (const job of jobs) expect(existsSync(job.job.workspace.dir)).toBe(false);
    expect((await first).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
    expect((await second).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
    expect((await failure(printing.print(briefing))).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
  });
});

describe('untilAborted', () => {
  it('gives the work’s outcome when the signal stays quiet', async () => {
    await expect(untilAborted(new AbortController().signal, Promise.resolve(7))).resolves.toBe(7);
    await expect(untilAborted(new AbortController().signal, Promise.reject(new Error('no')))).rejects.toThrow('no');
  });

  it('gives the abort reason as soon as the signal aborts, and swallows the work’s late failure', async () => {
    const controller = new AbortController();
    let fail: (error: Error) => void = () => undefined;
    const work = new Promise<number>((_resolve, reject) => {
      fail = reject;
    });
    const waiting = untilAborted(controller.signal, work);
    controller.abort(new Error('stopped'));
    await expect(waiting).rejects.toThrow('stopped');
    fail(new Error('late'));
    const aborted = AbortSignal.abort(new Error('already'));
    await expect(untilAborted(aborted, new Promise<number>(() => undefined))).rejects.toThrow('already');
  });
});
