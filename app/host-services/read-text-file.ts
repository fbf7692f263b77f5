import { open } from 'node:fs/promises';
import { HostCallError } from '../../shared/host/host-call-error';
import { fileTooLargeMessage, MAX_OPEN_FILE_BYTES, notTextMessage } from '../../shared/host/limits';
import { fileSystemError } from './fs-errors';

const CHUNK_BYTES = 1024 * 1024;

/** Reads a UTF-8 text file, refusing folders, oversized files and bytes that are not text. */
export async function readTextFile(file: string, maxBytes: number = MAX_OPEN_FILE_BYTES): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = await readAtMost(file, maxBytes);
  } catch (error) {
    throw fileSystemError(error, 'read', file);
  }
  try {
    // `fatal` so a binary file is refused instead of silently turned into replacement characters.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch (error) {
    throw new HostCallError('invalid-request', notTextMessage(file), { cause: error });
  }
}

async function readAtMost(file: string, maxBytes: number): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new HostCallError('invalid-request', `"${file}" is not a file.`);
    // Refuse early when the size is known, and still count while reading: the file may
    // grow in between, and some special files report a size of zero.
    if (stats.size > maxBytes) throw tooLarge(file, maxBytes);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { bytesRead, buffer } = await handle.read(new Uint8Array(CHUNK_BYTES), 0, CHUNK_BYTES, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(file, maxBytes);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(file: string, maxBytes: number): HostCallError {
  return new HostCallError('invalid-request', fileTooLargeMessage(file, maxBytes));
}
