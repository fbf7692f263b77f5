import { BrowserWindow, session, type Session } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { untilAborted, type PdfPrinter } from '../host-services/briefing-print';
import { PRINT_CONTENT_SECURITY_POLICY } from '../host-services/print-document';
import type { AppContent } from './app-content';
import { hardenSession } from './session-hardening';

/**
 * Not "persist:": an in-memory session of its own, so a printed document shares no
 * storage, cache or cookies with the app, and the app's request filter (which admits
 * only the renderer) does not apply to it.
 */
export const PRINT_PARTITION = 'policydesk-print';

/**
 * One per process, like the session itself: `fromPartition` hands every caller the same
 * session, and its request filter must know every job under way.
 */
const printing = new Set<string>();
let printSession: Session | undefined;

/**
 * The Electron host's printer: the document is loaded from its workspace file into a
 * hidden, sandboxed window without preload or script, printed with Chromium's own
 * printToPDF, and the window destroyed, whatever happened. The print session answers
 * only the files of jobs under way (and data: URLs inside them); every other request,
 * the network above all, is cancelled. `hardenEveryWebContents` already denies this
 * window navigation and new windows.
 */
export function createElectronPrinter(): PdfPrinter {
  return async (job) => {
    printSession ??= preparePrintSession(printing);
    const file = path.resolve(job.workspace.documentFile);
    printing.add(file);
    let window: BrowserWindow | undefined;
    try {
      const opened = openPrintWindow(printSession);
      window = opened;
      return await untilAborted(
        job.signal,
        (async () => {
          await opened.loadURL(job.workspace.documentUrl);
          return opened.webContents.printToPDF({
            pageSize: job.paper,
            printBackground: true,
            preferCSSPageSize: true,
            generateTaggedPDF: true,
            generateDocumentOutline: true,
            displayHeaderFooter: false,
          });
        })(),
      );
    } finally {
      printing.delete(file);
      if (window !== undefined && !window.isDestroyed()) window.destroy();
    }
  };
}

function openPrintWindow(printSession: Session): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 800,
    height: 1100,
    webPreferences: {
      session: printSession,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      // The document needs none, and its policy forbids it anyway.
      javascript: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      // A hidden window must still lay out and load its fonts before it is printed.
      backgroundThrottling: false,
    },
  });
}

function preparePrintSession(printing: ReadonlySet<string>): Session {
  const printSession = session.fromPartition(PRINT_PARTITION);
  hardenSession(printSession, printContent(printing), PRINT_CONTENT_SECURITY_POLICY);
  return printSession;
}

/** What the print session lets through: the documents being printed, and data: URLs. */
export function printContent(printing: ReadonlySet<string>): AppContent {
  const isDocument = (url: string) => {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'file:' && parsed.host === '' && printing.has(path.resolve(fileURLToPath(parsed)));
    } catch {
      return false;
    }
  };
  return {
    entryUrl: 'about:blank',
    isAppUrl: isDocument,
    isAllowedRequest: (url) => url.startsWith('data:') || isDocument(url),
  };
}
