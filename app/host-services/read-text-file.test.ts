import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { readTextFile } from './read-text-file';

function fileWith(content: string | Uint8Array): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pd-read-')), 'doc.json');
  writeFileSync(file, content);
  return file;
}

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

describe('readTextFile', () => {
  it('reads UTF-8 text, dropping a byte-order mark', async () => {
    expect(await readTextFile(fileWith('\uFEFF{"title":"Énergie"}'))).toBe('{"title":"Énergie"}');
  });

  it('refuses a file over the size limit with the limit in the message', async () => {
    const error = await failure(readTextFile(fileWith('x'.repeat(11)), 10));
    expect(error.code).toBe('invalid-request');
    expect(error.message).toMatch(/is too large to open; PolicyDesk opens files up to 10 bytes\.$/u);
  });

  it('accepts a file exactly at the limit', async () => {
    expect(await readTextFile(fileWith('x'.repeat(10)), 10)).toBe('x'.repeat(10));
  });

  it('refuses bytes that are not UTF-8 text', async () => {
    expect((await failure(readTextFile(fileWith(new Uint8Array([0xff, 0xfe, 0x00, 0xc3]))))).message).toMatch(
      /is not a text file/u,
    );
  });

  it('reports a missing file and a folder clearly', async () => {
    const file = fileWith('x');
    expect((await failure(readTextFile(`${file}.missing`))).code).toBe('not-found');
    expect((await failure(readTextFile(path.dirname(file)))).code).toBe('invalid-request');
  });
});
