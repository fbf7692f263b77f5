import type { HostHandlers, HostResult, PaperSize } from '../../shared/host/contract';
import { HostCallError } from '../../shared/host/host-call-error';
import { MAX_BRIEFING_PDF_BYTES, pdfTooLargeMessage } from '../../shared/host/limits';
import { countPdfPages } from './pdf-pages';
import { prepareDocumentForPrinting } from './print-document';
import { withPrintWorkspace, type PrintWorkspace } from './print-workspace';

/** A print job as a printer receives it: the prepared document already in its workspace. */
export interface PrintJob {
  readonly workspace: PrintWorkspace;
  readonly paper: PaperSize;
  /**
   * Aborted when the job must end at once: it took too long, or the host is closing.
   * The printer then stops whatever it started (window, process) and rejects with
   * `signal.reason`, so the workspace can be deleted.
   */
  readonly signal: AbortSignal;
  /** The most PDF bytes the printer may hand back. */
  readonly maxPdfBytes: number;
}

/**
 * Prints the document in `job.workspace` and returns the PDF's bytes. One per host:
 * Electron's hidden window, or the system Chromium for the browser host. Everything
 * around it (preparing the document, temporary files, the time limit, checking and
 * counting the PDF) is the same for both and lives here.
 */
export type PdfPrinter = (job: PrintJob) => Promise<Uint8Array>;

export const PRINT_TIMEOUT_MS = 60_000;

type PrintArgs = Parameters<HostHandlers['briefing.print']>[0];

export interface BriefingPrintOptions {
  readonly timeoutMs?: number;
  readonly maxPdfBytes?: number;
  /** Where workspaces go; the OS's temporary folder by default. */
  readonly tempRoot?: string;
}

export interface BriefingPrinting {
  /** The `briefing.print` handler. */
  readonly print: HostHandlers['briefing.print'];
  /** How many prints are under way. */
  pending(): number;
  /**
   * Stops every print under way and resolves once their temporary files are gone; later
   * prints are refused. For a host that is shutting down: a confidential briefing must
   * not be left behind in the temporary folder.
   */
  close(): Promise<void>;
}

export function createBriefingPrinting(printer: PdfPrinter, options: BriefingPrintOptions = {}): BriefingPrinting {
  const timeoutMs = options.timeoutMs ?? PRINT_TIMEOUT_MS;
  const maxPdfBytes = options.maxPdfBytes ?? MAX_BRIEFING_PDF_BYTES;
  const workspaceOptions = options.tempRoot === undefined ? {} : { tempRoot: options.tempRoot };
  const closing = new AbortController();
  const running = new Set<Promise<unknown>>();

  async function run({ html, paper, title }: PrintArgs): Promise<HostResult<'briefing.print'>> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(printTimedOutError(timeoutMs)), timeoutMs);
    const stop = () => controller.abort(printCancelledError());
    closing.signal.addEventListener('abort', stop);
    try {
      const document = prepareDocumentForPrinting(html, { paper, title });
      const pdf = await withPrintWorkspace(
        document,
        (workspace) => printer({ workspace, paper, signal: controller.signal, maxPdfBytes }),
        workspaceOptions,
      );
      return toPrintResult(pdf, maxPdfBytes);
    } finally {
      clearTimeout(timer);
      closing.signal.removeEventListener('abort', stop);
    }
  }

  return {
    print: async (args) => {
      if (closing.signal.aborted) throw printCancelledError();
      const job = run(args);
      running.add(job);
      try {
        return await job;
      } finally {
        running.delete(job);
      }
    },
    pending: () => running.size,
    close: async () => {
      closing.abort();
      await Promise.allSettled([...running]);
    },
  };
}

/** Checks what a printer produced and puts it in the contract's shape. */
export function toPrintResult(
  pdf: Uint8Array,
  maxPdfBytes: number = MAX_BRIEFING_PDF_BYTES,
): { pdfBase64: string; pages: number } {
  if (pdf.byteLength > maxPdfBytes) throw new HostCallError('failed', pdfTooLargeMessage(maxPdfBytes));
  let pages: number;
  try {
    pages = countPdfPages(pdf);
  } catch (error) {
    throw new HostCallError('failed', 'The briefing was printed, but what came back is not a usable PDF. Please try again.', {
      cause: error,
    });
  }
  return { pdfBase64: Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('base64'), pages };
}

/** The same sentence from either host when a print takes too long. */
export function printTimedOutError(timeoutMs: number): HostCallError {
  const seconds = timeoutMs >= 1000 ? String(Math.round(timeoutMs / 1000)) : (timeoutMs / 1000).toFixed(1);
  return new HostCallError(
    'failed',
    `PolicyDesk stopped printing the briefing after ${seconds} ${seconds === '1' ? 'second' : 'seconds'}: it took too long. Try again, or leave out some sections.`,
  );
}

export function printCancelledError(): HostCallError {
  return new HostCallError('failed', 'PolicyDesk is closing, so the briefing was not printed.');
}

/**
 * `work`, unless `signal` aborts first: then its reason. `work` keeps running in the
 * background; the caller's `finally` must stop it (close the window). Its eventual
 * failure is swallowed, since no one waits for it any more.
 */
export function untilAborted<T>(signal: AbortSignal, work: Promise<T>): Promise<T> {
  work.catch(() => undefined);
  if (signal.aborted) return Promise.reject(signal.reason as Error);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason as Error);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
