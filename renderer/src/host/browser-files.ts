import type { HostHandlers } from '../../../shared/host/contract';
import { HostCallError } from '../../../shared/host/host-call-error';
import { fileTooLargeMessage, MAX_OPEN_FILE_BYTES, notTextMessage } from '../../../shared/host/limits';
import { decodeBase64 } from './base64';

/**
 * file.save and file.open for the browser host. The server cannot show a dialog on the
 * user's screen, and should not touch paths the user never chose, so the browser does
 * both with its own pickers; the user's choice of file is the only grant of access.
 */
export type BrowserFileHandlers = Pick<HostHandlers, 'file.save' | 'file.open'>;
type FileFilter = { name: string; extensions: string[] };
type SaveArgs = Parameters<HostHandlers['file.save']>[0];

export const browserFileHandlers: BrowserFileHandlers = {
  'file.save': async ({ suggestedName, content, encoding, filters }) => {
    const file = fileBlob(content, encoding, filters);
    const picker = window.showSaveFilePicker;
    if (picker === undefined) return downloadFile(suggestedName, file);
    let handle: FileSystemFileHandle;
    try {
      handle = await picker.call(window, { suggestedName, types: filters.map(acceptType) });
    } catch (error) {
      if (isDomError(error, 'AbortError')) return null;
      throw savingError(error, suggestedName);
    }
    try {
      // The browser writes to a scratch file and swaps it in on close: no half-written files.
      const writable = await handle.createWritable();
      await writable.write(file);
      await writable.close();
    } catch (error) {
      throw savingError(error, handle.name);
    }
    return { path: handle.name };
  },

  'file.open': async ({ filters }) => {
    const file = await pickFile(filters);
    if (file === null) return null;
    if (file.size > MAX_OPEN_FILE_BYTES) throw new HostCallError('invalid-request', fileTooLargeMessage(file.name));
    const bytes = await file.arrayBuffer();
    try {
      return { name: file.name, content: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch (error) {
      throw new HostCallError('invalid-request', notTextMessage(file.name), { cause: error });
    }
  },
};

/** The bytes to save: the text as UTF-8, or what the base64 encodes (a PDF, say). */
export function fileBlob(content: string, encoding: SaveArgs['encoding'], filters: FileFilter[]): Blob {
  const type = mimeTypeFor(filters[0]?.extensions[0]);
  return new Blob([encoding === 'base64' ? decodeBase64(content) : content], { type });
}

/** Without a save picker the browser's download is the only way to hand over a file. */
function downloadFile(name: string, file: Blob): { path: string } {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken its copy by the next task; the URL is then only a leak.
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return { path: name };
}

/** Resolves to null when the user closes the picker without choosing. */
function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((filter) => filter.extensions.map((extension) => `.${extension}`)).join(',');
    input.hidden = true;
    const finish = (file: File | null) => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    document.body.append(input);
    input.click();
  });
}

function acceptType(filter: FileFilter): SaveFilePickerAcceptType {
  return {
    description: filter.name,
    accept: { [mimeTypeFor(filter.extensions[0])]: filter.extensions.map((extension) => `.${extension}`) },
  };
}

const MIME_BY_EXTENSION: Readonly<Record<string, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  md: 'text/markdown',
  html: 'text/html',
  pdf: 'application/pdf',
  bib: 'text/plain',
  ris: 'text/plain',
  txt: 'text/plain',
};

function mimeTypeFor(extension: string | undefined): string {
  return (extension === undefined ? undefined : MIME_BY_EXTENSION[extension]) ?? 'text/plain';
}

function savingError(error: unknown, name: string): HostCallError {
  if (isDomError(error, 'NotAllowedError') || isDomError(error, 'SecurityError')) {
    return new HostCallError(
      'permission-denied',
      `The browser did not allow PolicyDesk to save "${name}". Choose another place.`,
      {
        cause: error,
      },
    );
  }
  if (isDomError(error, 'QuotaExceededError')) {
    return new HostCallError('disk-full', `There is not enough disk space to save "${name}". Free some space and try again.`, {
      cause: error,
    });
  }
  return new HostCallError('failed', `PolicyDesk could not save "${name}".`, { cause: error });
}

function isDomError(error: unknown, name: string): boolean {
  return error instanceof DOMException && error.name === name;
}
