import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostContract } from '../../shared/host/contract';
import { dispatchHostCall } from '../../shared/host/dispatch';
import { createSharedHandlers } from './host-services';
import { createLibraryLedger } from './library-ledger';

function freshDataDir(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'pd-ledger-')), 'data');
}

const NOW = new Date('2025-03-20T12:00:00.000Z');
const at = () => NOW;

describe('the library ledger', () => {
  it('reads as null before anything was recorded', async () => {
    expect(await createLibraryLedger(freshDataDir(), 'electron').read()).toBeNull();
  });

  it('reads back what was recorded, stamped with when it was written', async () => {
    const dataDir = freshDataDir();
    const ledger = createLibraryLedger(dataDir, 'electron', { now: at });
    const written = await ledger.write({ itemCount: 412, lastChangeAt: '2025-03-19T08:30:00.000Z' });
    expect(written).toEqual({ itemCount: 412, lastChangeAt: '2025-03-19T08:30:00.000Z', updatedAt: NOW.toISOString() });
    expect(await ledger.read()).toEqual(written);
    expect(await createLibraryLedger(dataDir, 'electron').read()).toEqual(written);
  });

  it('records a library that never changed as a null last change', async () => {
    const ledger = createLibraryLedger(freshDataDir(), 'browser', { now: at });
    await ledger.write({ itemCount: 0, lastChangeAt: null });
    expect(await ledger.read()).toEqual({ itemCount: 0, lastChangeAt: null, updatedAt: NOW.toISOString() });
  });

  it('replaces the previous record, leaving one file and no temporary one', async () => {
    const dataDir = freshDataDir();
    const ledger = createLibraryLedger(dataDir, 'electron', { now: at });
    await ledger.write({ itemCount: 1, lastChangeAt: null });
    await ledger.write({ itemCount: 2, lastChangeAt: '2025-03-20T11:00:00.000Z' });
    expect((await ledger.read())?.itemCount).toBe(2);
    expect(readdirSync(dataDir)).toEqual(['library-ledger-electron.json']);
  });

  it.skipIf(process.platform === 'win32')('is readable by its owner only', async () => {
    const dataDir = freshDataDir();
    await createLibraryLedger(dataDir, 'electron').write({ itemCount: 3, lastChangeAt: null });
    expect(statSync(path.join(dataDir, 'library-ledger-electron.json')).mode & 0o777).toBe(0o600);
  });

  it('keeps one ledger per host kind, as each host keeps its own library', async () => {
    const dataDir = freshDataDir();
    await createLibraryLedger(dataDir, 'electron').write({ itemCount: 10, lastChangeAt: null });
    expect(await createLibraryLedger(dataDir, 'browser').read()).toBeNull();
    await createLibraryLedger(dataDir, 'browser').write({ itemCount: 20, lastChangeAt: null });
    expect((await createLibraryLedger(dataDir, 'electron').read())?.itemCount).toBe(10);
    expect((await createLibraryLedger(dataDir, 'browser').read())?.itemCount).toBe(20);
    expect(readdirSync(dataDir).sort()).toEqual(['library-ledger-browser.json', 'library-ledger-electron.json']);
  });

  it('keeps one ledger per browser-host port, as another port is another origin with its own library', async () => {
    const dataDir = freshDataDir();
    await createLibraryLedger(dataDir, 'browser', { library: '4763' }).write({ itemCount: 900, lastChangeAt: null });
    // Started on another port, the browser host finds no record of a library there: a first run, not a lost library.
    expect(await createLibraryLedger(dataDir, 'browser', { library: '5000' }).read()).toBeNull();
    expect((await createLibraryLedger(dataDir, 'browser', { library: '4763' }).read())?.itemCount).toBe(900);
    expect(readdirSync(dataDir)).toEqual(['library-ledger-browser-4763.json']);
  });

  it.each([
    ['not JSON', '{"itemCount": 4'],
    ['JSON of the wrong shape', '{"itemCount": -1, "lastChangeAt": null, "updatedAt": "2025-03-20T12:00:00.000Z"}'],
    ['a bare value', '412'],
    ['empty', ''],
    ['not text', '\u0000\uFFFD\u0001'],
    [
      'far too large',
      `{"itemCount": 1, "lastChangeAt": null, "updatedAt": "2025-03-20T12:00:00.000Z", "x": "${'x'.repeat(100_000)}"}`,
    ],
  ])('reads a ledger that is %s as null, without throwing', async (_, content) => {
    const dataDir = freshDataDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'library-ledger-electron.json'), content);
    expect(await createLibraryLedger(dataDir, 'electron').read()).toBeNull();
  });

  it('reads a folder in the ledger’s place as null', async () => {
    const dataDir = freshDataDir();
    mkdirSync(path.join(dataDir, 'library-ledger-electron.json'), { recursive: true });
    expect(await createLibraryLedger(dataDir, 'electron').read()).toBeNull();
  });

  it('is written over a damaged one', async () => {
    const dataDir = freshDataDir();
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(path.join(dataDir, 'library-ledger-electron.json'), 'garbage');
    const ledger = createLibraryLedger(dataDir, 'electron', { now: at });
    await ledger.write({ itemCount: 5, lastChangeAt: null });
    expect(JSON.parse(readFileSync(path.join(dataDir, 'library-ledger-electron.json'), 'utf8'))).toEqual({
      itemCount: 5,
      lastChangeAt: null,
      updatedAt: NOW.toISOString(),
    });
  });
});

describe('the library ledger calls', () => {
  const writeArgs = hostContract['library.ledger.write'].args;

  it('accept a count and a moment or null', () => {
    expect(writeArgs.safeParse({ itemCount: 0, lastChangeAt: null }).success).toBe(true);
    expect(writeArgs.safeParse({ itemCount: 7, lastChangeAt: '2025-03-19T08:30:00+08:00' }).success).toBe(true);
  });

  it.each([
    { itemCount: -1, lastChangeAt: null },
    { itemCount: 1.5, lastChangeAt: null },
    { itemCount: '3', lastChangeAt: null },
    { itemCount: 3, lastChangeAt: 'yesterday' },
    { itemCount: 3 },
  ])('refuse %j', (args) => {
    expect(writeArgs.safeParse(args).success).toBe(false);
  });

  it('are served through the dispatcher, validated, for each host', async () => {
    const dataDir = freshDataDir();
    const electron = createSharedHandlers('electron', dataDir);
    expect(await dispatchHostCall(electron, 'library.ledger.read', {})).toEqual({ ok: true, result: null });

    const written = await dispatchHostCall(electron, 'library.ledger.write', { itemCount: 12, lastChangeAt: null });
    expect(written).toMatchObject({ ok: true, result: { itemCount: 12, lastChangeAt: null } });
    expect(await dispatchHostCall(electron, 'library.ledger.read', {})).toEqual(written);

    const refused = await dispatchHostCall(electron, 'library.ledger.write', { itemCount: -3, lastChangeAt: null });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await dispatchHostCall(createSharedHandlers('browser', dataDir), 'library.ledger.read', {})).toEqual({
      ok: true,
      result: null,
    });
  });
});
