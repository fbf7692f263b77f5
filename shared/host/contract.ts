import { z } from 'zod';
import {
  backupTooLargeMessage,
  base64Length,
  briefingTooLargeMessage,
  MAX_BACKUP_BYTES,
  MAX_BRIEFING_HTML_BYTES,
  MAX_BRIEFING_PDF_BYTES,
} from './limits';
import { fitsInUtf8Bytes } from './utf8';

/**
 * Every call the renderer makes to the machine side, declared once. The Electron main
 * process and the browser host implement it; the preload script and the browser-host
 * client expose it; both sides validate every payload against these schemas, so a call
 * that does not match is refused before it reaches any handler.
 */

export const HOST_KINDS = ['electron', 'browser'] as const;
export type HostKind = (typeof HOST_KINDS)[number];

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/u.test(name) && name !== '.' && name !== '..', 'A file name, not a path');

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  host: z.enum(HOST_KINDS),
  platform: z.string(),
  /**
   * The data folder. It holds this host's library (the Electron and browser hosts keep
   * separate ones in it) and the backups both hosts share.
   */
  dataDir: z.string(),
  backupsDir: z.string(),
});

/**
 * Why a backup was made, recorded in its file name. A backup named before reasons existed
 * reads as 'manual'.
 */
export const BACKUP_REASONS = ['manual', 'daily', 'before-restore', 'before-import', 'before-reset'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];

export const backupEntrySchema = z.object({
  name: fileName,
  bytes: z.number().int().nonnegative(),
  createdAt: z.string(),
  reason: z.enum(BACKUP_REASONS),
});

/**
 * What the host last recorded about this host's library (the "library ledger"): how many
 * items it held and when it last changed, as the renderer reported them. A start that
 * finds an empty library while the ledger says it held items has lost it (a cleared
 * profile, storage evicted), and the renderer can say so instead of starting afresh.
 */
const isoMoment = z.iso.datetime({ offset: true });

export const libraryLedgerSchema = z.object({
  itemCount: z.number().int().nonnegative(),
  /** When the library last changed, as the renderer knows it; null if never. */
  lastChangeAt: isoMoment.nullable(),
  /** When the host wrote this record. */
  updatedAt: isoMoment,
});
export type LibraryLedger = z.infer<typeof libraryLedgerSchema>;

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/u))
    .min(1)
    .max(10),
});

/** A document the user saves; 512 Mi characters is far above any real one and bounds memory. */
const MAX_DOCUMENT_CHARS = 512 * 1024 * 1024;
const documentText = z.string().max(MAX_DOCUMENT_CHARS, { message: 'The document is too large', abort: true });

/**
 * A backup's cap is in bytes (MAX_BACKUP_BYTES), which the backup store enforces. A
 * character is at least one byte, so refusing more characters than that here is only an
 * early, cheap part of the same check; it does not replace it.
 */
const backupText = z.string().max(MAX_BACKUP_BYTES, backupTooLargeMessage());

/** How `file.save` content is written: as UTF-8 text, or as the bytes it encodes in base64. */
export const FILE_ENCODINGS = ['utf8', 'base64'] as const;
export type FileEncoding = (typeof FILE_ENCODINGS)[number];

const base64 = z.base64();
const isBase64 = (text: string) => base64.safeParse(text).success;

export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Characters first (cheap, and never more than bytes), then the bytes themselves. */
const briefingHtml = z
  .string()
  .min(1)
  .max(MAX_BRIEFING_HTML_BYTES, { message: briefingTooLargeMessage(), abort: true })
  .refine((html) => fitsInUtf8Bytes(html, MAX_BRIEFING_HTML_BYTES), briefingTooLargeMessage());

export const briefingPrintResultSchema = z.object({
  /** The PDF's bytes, base64: what `file.save` takes with `encoding: 'base64'`. */
  pdfBase64: base64.max(base64Length(MAX_BRIEFING_PDF_BYTES)),
  pages: z.number().int().positive(),
});

export const hostContract = {
  'app.info': { args: z.object({}), result: appInfoSchema },
  'backup.write': {
    args: z.object({ json: backupText, reason: z.enum(BACKUP_REASONS).default('manual') }),
    result: backupEntrySchema,
  },
  'backup.list': { args: z.object({}), result: z.array(backupEntrySchema) },
  'backup.read': {
    args: z.object({ name: fileName }),
    result: z.object({ json: z.string() }),
  },
  /**
   * This host's library ledger, or null when there is none. A ledger file that cannot be
   * understood (damaged, edited by hand) also reads as null: unknown, not an error. Each
   * host kind keeps its own, as each keeps its own library.
   */
  'library.ledger.read': { args: z.object({}), result: libraryLedgerSchema.nullable() },
  /** Replaces this host's library ledger; the host stamps `updatedAt` and returns what it stored. */
  'library.ledger.write': {
    args: libraryLedgerSchema.pick({ itemCount: true, lastChangeAt: true }),
    result: libraryLedgerSchema,
  },
  /**
   * Asks the user where to save, then writes. Null when the user cancels. With
   * `encoding: 'base64'` the content is decoded and its bytes written (a PDF).
   */
  'file.save': {
    args: z
      .object({
        suggestedName: fileName,
        content: documentText,
        encoding: z.enum(FILE_ENCODINGS).default('utf8'),
        filters: z.array(fileFilterSchema).max(10).default([]),
      })
      // Content already refused for its length is not checked again.
      .refine((args) => args.encoding !== 'base64' || args.content.length > MAX_DOCUMENT_CHARS || isBase64(args.content), {
        message: 'Not valid base64',
        path: ['content'],
      }),
    result: z.object({ path: z.string() }).nullable(),
  },
  /** Asks the user for a file and reads it as UTF-8 text. Null when the user cancels. */
  'file.open': {
    args: z.object({ filters: z.array(fileFilterSchema).max(10).default([]) }),
    result: z.object({ name: z.string(), content: z.string() }).nullable(),
  },
  /**
   * Prints a briefing to PDF, offline, in a hidden Chromium (Electron's own, or the
   * system's for the browser host). What the document must be:
   * - complete and self-contained: CSS inline, fonts and images as data: URLs, charts as
   *   inline SVG. The host adds a Content Security Policy that refuses every script,
   *   every network request and every file, so anything else is simply missing.
   * - it sets its own paper: `@page { size: A4 }` (or `Letter`) governs in both hosts.
   *   `paper` is only the size used when the document names none; headless Chromium's
   *   command line cannot set one, so the host supplies it as a default @page rule that
   *   the document's own rule overrides. The builder should state the size to match.
   * - headers and footers come from @page margin boxes (`@top-center`, `@bottom-right`
   *   with `counter(page)` and `counter(pages)`); the host adds none of its own.
   * - headings h1–h6 become the PDF's outline (bookmarks); the PDF is tagged.
   * `title` becomes the PDF's title, in place of the document's own <title>.
   */
  'briefing.print': {
    args: z.object({
      html: briefingHtml,
      paper: z.enum(PAPER_SIZES),
      title: z.string().min(1).max(500),
    }),
    result: briefingPrintResultSchema,
  },
} as const;

export type HostContract = typeof hostContract;
export type HostCall = keyof HostContract;
export type HostArgs<C extends HostCall> = z.input<HostContract[C]['args']>;
export type HostResult<C extends HostCall> = z.output<HostContract[C]['result']>;

/** What the renderer holds: one async function per call. */
export type HostApi = {
  [C in HostCall]: (args: HostArgs<C>) => Promise<HostResult<C>>;
};

/** What a host implements: handlers receive validated, defaulted arguments. */
export type HostHandlers = {
  [C in HostCall]: (args: z.output<HostContract[C]['args']>) => Promise<HostResult<C>>;
};

export const HOST_CALLS = Object.keys(hostContract) as HostCall[];

export function isHostCall(name: unknown): name is HostCall {
  return typeof name === 'string' && Object.hasOwn(hostContract, name);
}

/** A failure a host reports to the renderer: a stable code and a sentence for the user. */
export const hostErrorSchema = z.object({
  code: z.enum(['invalid-request', 'not-found', 'permission-denied', 'disk-full', 'exists', 'failed']),
  message: z.string(),
});
export type HostError = z.infer<typeof hostErrorSchema>;

/** Re-exported so callers that already import the contract need nothing else. */
export { PRELOAD_GLOBAL } from './names';
