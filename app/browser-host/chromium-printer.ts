import { spawn, type ChildProcess } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { HostCallError } from '../../shared/host/host-call-error';
import { pdfTooLargeMessage } from '../../shared/host/limits';
import type { PdfPrinter, PrintJob } from '../host-services/briefing-print';
import { errnoCode } from '../host-services/fs-errors';
import { BROWSER_ENV, findBrowser } from './browser-launcher';
import { OFFLINE_CHROMIUM_FLAGS } from './chromium-flags';

/**
 * The browser host's printer: the system Chromium, headless, run once per briefing with
 * `--print-to-pdf`. It gets a profile of its own inside the job's workspace (so it never
 * meets the user's everyday browser or the browser host's window), no network at all,
 * and nothing but the one file to print.
 */
export interface ChromiumPrinterOptions {
  /** Finds the browser at print time; the browser host's own search unless a test says otherwise. */
  readonly findBrowser?: () => string | undefined;
  /** Chromium refuses to run as root with its sandbox on; only then is it turned off. */
  readonly runningAsRoot?: boolean;
}

export interface ChromiumPrintTarget {
  readonly documentUrl: string;
  readonly pdfFile: string;
  readonly profileDir: string;
  readonly noSandbox: boolean;
}

/**
 * Each flag was tried against Chromium 156:
 * - `--no-pdf-header-footer`: Chromium's own date/title/URL lines would otherwise print
 *   over the document's @page margin boxes (and leak the temporary path).
 * - `--generate-pdf-document-outline`: bookmarks from the headings; without it the PDF
 *   has no /Outlines. Tagged PDF is on by default in headless mode.
 * - `--host-resolver-rules=MAP * ~NOTFOUND`: no name resolves, IP literals included,
 *   so nothing the document does reaches a network even if the policy let it.
 * - No way to set the paper here: the document's @page size governs (see the contract).
 * - Not `--blink-settings=scriptEnabled=false`: headless then writes no PDF at all. The
 *   document's Content Security Policy refuses its scripts instead.
 */
export function chromiumPrintArguments(target: ChromiumPrintTarget): string[] {
  return [
    '--headless',
    ...(target.noSandbox ? ['--no-sandbox'] : []),
    '--disable-gpu',
    ...OFFLINE_CHROMIUM_FLAGS,
    '--disable-extensions',
    '--no-default-browser-check',
    '--mute-audio',
    '--host-resolver-rules=MAP * ~NOTFOUND',
    `--user-data-dir=${target.profileDir}`,
    '--no-pdf-header-footer',
    '--generate-pdf-document-outline',
    `--print-to-pdf=${target.pdfFile}`,
    target.documentUrl,
  ];
}

export function createChromiumPrinter(options: ChromiumPrinterOptions = {}): PdfPrinter {
  const find = options.findBrowser ?? (() => findBrowser());
  const noSandbox = options.runningAsRoot ?? process.getuid?.() === 0;
  return async (job: PrintJob) => {
    const browser = find();
    if (browser === undefined) {
      throw new HostCallError(
        'failed',
        `PolicyDesk needs Chromium to make PDFs here, and none was found. Install Chromium, or set ${BROWSER_ENV} to a Chromium-based browser.`,
      );
    }
    const pdfFile = job.workspace.pathFor('briefing.pdf');
    const args = chromiumPrintArguments({
      documentUrl: job.workspace.documentUrl,
      pdfFile,
      profileDir: job.workspace.pathFor('profile'),
      noSandbox,
    });
    const exit = await runToCompletion(browser, args, job.signal);
    const name = path.basename(browser);
    if (exit.signal !== null) {
      throw new HostCallError('failed', `${name} stopped (${exit.signal}) before the PDF was made: ${exit.reason}.`);
    }
    if (exit.code !== 0) {
      throw new HostCallError('failed', `${name} could not print the briefing (exit code ${exit.code}): ${exit.reason}.`);
    }
    const pdf = await readPdf(pdfFile, job.maxPdfBytes);
    if (pdf === undefined) throw new HostCallError('failed', `${name} finished without writing the PDF: ${exit.reason}.`);
    return pdf;
  };
}

interface ChromiumExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** What Chromium said about it, for the user: see `summarizeChromiumOutput`. */
  readonly reason: string;
}

/** Keeps the end of what Chromium writes to stderr, which is where its reasons are. */
const STDERR_TAIL_BYTES = 64 * 1024;

/**
 * Runs Chromium to its end, or, once `signal` aborts (time-out, host closing), kills it
 * with its helpers and rejects with the signal's reason after it has exited, so that the
 * workspace it was writing to can be removed.
 */
function runToCompletion(browser: string, args: readonly string[], signal: AbortSignal): Promise<ChromiumExit> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason as Error);
      return;
    }
    // Its own process group, so that stopping it stops Chromium's helpers too.
    const child = spawn(browser, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let stderr = Buffer.alloc(0);
    child.stderr?.on('data', (chunk: Buffer) => {
      const joined = Buffer.concat([stderr, chunk]);
      stderr = joined.length > STDERR_TAIL_BYTES ? joined.subarray(joined.length - STDERR_TAIL_BYTES) : joined;
    });

    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', stop);
      outcome();
    };
    const stop = () => {
      stopProcessGroup(child);
      // 'exit' comes at once after a SIGKILL; 'close' could wait on a helper holding stderr.
      child.once('exit', () => settle(() => reject(signal.reason as Error)));
    };
    signal.addEventListener('abort', stop, { once: true });

    child.once('error', (error) => settle(() => reject(launchError(browser, error))));
    child.once('close', (code, exitSignal) =>
      settle(() => resolve({ code, signal: exitSignal, reason: summarizeChromiumOutput(stderr.toString('utf8')) })),
    );
  });
}

function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    if (process.platform === 'win32') child.kill();
    else process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function launchError(browser: string, error: Error): HostCallError {
  const code = errnoCode(error);
  return new HostCallError(
    'failed',
    `PolicyDesk could not start ${browser} to make the PDF${code === undefined ? '' : ` (${code})`}. Install Chromium, or set ${BROWSER_ENV} to a Chromium-based browser.`,
    { cause: error },
  );
}

/** The PDF Chromium wrote, or undefined if it wrote none. */
async function readPdf(file: string, maxBytes: number): Promise<Uint8Array | undefined> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return undefined;
    throw error;
  }
  if (size > maxBytes) throw new HostCallError('failed', pdfTooLargeMessage(maxBytes));
  return readFile(file);
}

/**
 * Lines Chromium writes on every run that say nothing about this one: no D-Bus in a
 * container or a session without one, Debian's wrapper script, the success report.
 */
const NOISE = [
  /dbus/iu,
  /Failed to connect to the bus/u,
  /unexpected operator/u,
  /bytes written to file/u,
  /Fontconfig/iu,
  /\bgcm\b|GCM/u,
];

/** `[1234:5678:1122/104606.493896:ERROR:content/.../file.cc:103] ` */
const LOG_PREFIX = /^\[[\d:/.]+:(?:VERBOSE\d*|INFO|WARNING|ERROR|FATAL):[^\]]*\]\s*/u;

const MAX_REASON_LINES = 3;
const MAX_REASON_CHARS = 500;

/** The last few meaningful lines of Chromium's stderr, without their log prefixes. */
export function summarizeChromiumOutput(stderr: string): string {
  const lines = stderr
    .split(/\r?\n/u)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.some((noise) => noise.test(line)))
    .map((line) => line.replace(LOG_PREFIX, ''));
  const reason = lines.slice(-MAX_REASON_LINES).join('; ');
  if (reason === '') return 'it gave no reason';
  return reason.length > MAX_REASON_CHARS ? `${reason.slice(0, MAX_REASON_CHARS)}…` : reason;
}
