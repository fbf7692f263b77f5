import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { BriefingPage } from './pages/briefing-page';

/*
 * Export, end to end, in the browser host: compose a briefing from the seeded library, export
 * it, and read the PDF back with poppler (pdfinfo, pdftotext) as a reader's viewer would.
 *
 * The browser host saves through window.showSaveFilePicker, which headless Chromium cannot
 * show. A stand-in picker hands back a file handle whose writable collects the bytes and
 * keeps them on window, where the test reads them; or fails the write as a full disk does.
 */

declare global {
  interface Window {
    __savedFiles?: { name: string; base64: string }[];
    /** The DOMException name the next write fails with, if any. */
    __failNextWrite?: string;
  }
}

function stubSavePicker() {
  window.__savedFiles = [];
  window.showSaveFilePicker = async (options) => {
    const name = options?.suggestedName ?? 'untitled';
    const parts: BlobPart[] = [];
    return {
      kind: 'file',
      name,
      createWritable: async () => ({
        write: async (data: BlobPart) => {
          const failure = window.__failNextWrite;
          if (failure) {
            window.__failNextWrite = undefined;
            throw new DOMException('The write failed', failure);
          }
          parts.push(data);
        },
        close: async () => {
          const bytes = new Uint8Array(await new Blob(parts).arrayBuffer());
          let binary = '';
          for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
          window.__savedFiles!.push({ name, base64: btoa(binary) });
        },
      }),
    } as unknown as FileSystemFileHandle;
  };
}

async function installSavePicker(page: Page) {
  await page.addInitScript(stubSavePicker);
  await page.evaluate(stubSavePicker);
}

async function savedFile(page: Page, index: number): Promise<{ name: string; bytes: Buffer }> {
  await expect.poll(() => page.evaluate(() => window.__savedFiles?.length ?? 0)).toBeGreaterThan(index);
  const file = await page.evaluate((at) => window.__savedFiles![at]!, index);
  return { name: file.name, bytes: Buffer.from(file.base64, 'base64') };
}

const TITLE = 'ISTO participation: 2025 check';
const MARKING = 'INTERNAL 内部';
const CHINESE = '国际科技组织任职';
const SPECIALISTS = 'Each year, train 800 scientific research and management specialists';
const CONFERENCES = 'Management Methods for Holding International Conferences in China';

async function composeBriefing(page: Page) {
  const briefing = new BriefingPage(() => page);
  await briefing.openList();
  await briefing.newBriefing();
  await briefing.field('Title').fill(TITLE);
  await briefing.field('Audience').fill('Deputy director');
  await briefing.field('Marking').fill(MARKING);

  await briefing.addSection('Text');
  await briefing
    .section('Summary')
    .getByLabel('Text', { exact: true })
    .fill(`Positions held in ISTOs **rose**. ${CHINESE}人数继续增加。`);

  await briefing.addSection('Target status table');
  await briefing.section('Targets at a glance').getByLabel('Targets chosen by hand').check();
  const tablePicker = briefing.section('Targets at a glance');
  await tablePicker.getByRole('searchbox', { name: 'Targets' }).fill('800 scientific');
  await tablePicker.getByRole('checkbox', { name: new RegExp(SPECIALISTS) }).check();

  await briefing.addSection('Target pages');
  const pages = briefing.section('Targets in detail');
  await pages.getByRole('searchbox', { name: 'Targets' }).fill('800 scientific');
  await pages.getByRole('checkbox', { name: new RegExp(SPECIALISTS) }).check();

  await briefing.addSection('Items with their annotations');
  const items = briefing.section('Items and notes');
  await items.getByLabel('Kind of item').selectOption('policy');
  await items.getByRole('searchbox', { name: 'Policies to include' }).fill('Holding International Conferences');
  await items.getByRole('checkbox', { name: CONFERENCES }).check();

  await briefing.addSection('Changes since a date');
  await briefing.save();
  await expect(briefing.saveState).toHaveText('All changes saved');
  // The preview has caught up with the draft.
  await expect(page.getByTestId('briefing-document').getByRole('heading', { level: 1 })).toHaveText(TITLE);
  return briefing;
}

function pdfText(file: string, page?: number): string {
  const range = page === undefined ? [] : ['-f', String(page), '-l', String(page)];
  return execFileSync('pdftotext', ['-layout', ...range, file, '-'], { encoding: 'utf8' });
}


test('scratch: rich briefing', async ({ app }) => {
  test.setTimeout(300_000);
  const page = app.page;
  await installSavePicker(page);
  await page.goto(page.url().replace(/#.*$/, '') + '#/about');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import a library file…' }).click();
  await (await chooser).setFiles('/tmp/look/rich.json');
  await expect(page.getByText(/Imported \d+ items/)).toBeVisible({ timeout: 30_000 });
  const id = await page.evaluate(async () => {
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const request = indexedDB.open('policydesk');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const get = (store: string, key: string) =>
      new Promise<any>((resolve) => {
        const r = db.transaction(store).objectStore(store).get(key);
        r.onsuccess = () => resolve(r.result);
      });
    const policy = await get('policies', 'pol-measures-international-conferences-in-china-2006');
    const o1 = await get('observations', 'obs-rich-00-2023');
    const o2 = await get('observations', 'obs-rich-01-2023');
    const at = '2026-03-02T09:00:00.000Z';
    const meta = { createdAt: at, updatedAt: at, deletedAt: null, origin: 'user' };
    const exact = policy.text.slice(40, 140);
    const start = [...policy.text.slice(0, 40)].length;
    const tx = db.transaction(['annotations', 'changes', 'statusChanges', 'briefings'], 'readwrite');
    tx.objectStore('annotations').put({ ...meta, id: 'ann-a', itemKind: 'policy', itemId: policy.id, kind: 'highlight', body: 'Naming rules **matter**: 会议名称需审批。', color: 'yellow', tagIds: [], selector: { quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start, end: start + [...exact].length } }, anchor: 'anchored', author: 'Li Wei' });
    tx.objectStore('annotations').put({ ...meta, id: 'ann-b', itemKind: 'target', itemId: 'tgt-rich-00', kind: 'note', body: 'Check against the 2024 yearbook.\n\n- first\n- second', color: null, tagIds: [], selector: null, anchor: null, author: 'Li Wei' });
    tx.objectStore('changes').add({ at, itemKind: 'observation', itemId: o1.id, action: 'create', before: null, after: o1 });
    tx.objectStore('changes').add({ at, itemKind: 'observation', itemId: o2.id, action: 'update', before: { ...o2, value: o2.value - 100 }, after: o2 });
    tx.objectStore('statusChanges').add({ at, targetId: 'tgt-rich-00', from: 'needs-acceleration', to: 'on-track', causeKind: 'observation', causeId: o1.id });
    const chosen = Array.from({ length: 40 }, (_, i) => `tgt-rich-${String(i).padStart(2, '0')}`);
    tx.objectStore('briefings').put({
      ...meta,
      id: 'brf-rich',
      title: 'International S&T participation: mid-term review 国际科技参与中期评估',
      audience: 'Director, Department of International Cooperation',
      date: '2026-03-10',
      author: 'Li Wei',
      marking: 'INTERNAL — 内部资料',
      paper: 'A4',
      sections: [
        { id: 's1', type: 'text', heading: 'Summary', markdown: 'Most targets are **on track**; three need acceleration.\n\n- Positions held in ISTOs rose by a fifth.\n- 世界一流科技期刊数量 is behind its path.\n\n> The 2025 targets are within reach if current growth holds.\n\n' + 'Further detail follows. '.repeat(40) },
        { id: 's2', type: 'status-table', heading: 'Targets at a glance', selection: { mode: 'filter', dueYear: null, statuses: [], planId: 'pln-rich' } },
        { id: 's3', type: 'target-pages', heading: 'Targets in detail', targetIds: chosen, latestObservations: 5 },
        { id: 's4', type: 'annotated-items', heading: 'Items and notes', items: [{ kind: 'policy', id: policy.id }, { kind: 'target', id: 'tgt-rich-00' }] },
        { id: 's5', type: 'changes-since', heading: 'What changed', since: '2026-03-01' },
      ],
    });
    await new Promise((resolve) => (tx.oncomplete = resolve));
    return 'brf-rich';
  });
  await page.goto(page.url().replace(/#.*$/, '') + `#/briefings/${id}`);
  await expect(page.getByTestId('briefing-document').getByRole('heading', { level: 1 })).toContainText('mid-term review', { timeout: 30_000 });
  await page.waitForTimeout(1500);
  await page.screenshot({ path: '/tmp/look/app-preview.png' });
  const frame = page.getByRole('region', { name: 'Briefing preview' });
  await frame.evaluate((el) => (el.scrollTop = 2400));
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/look/app-preview-2.png' });

  const t0 = Date.now();
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await expect(page.getByTestId('export-status')).toHaveText(/^Saved to /u, { timeout: 120_000 });
  const pdfMs = Date.now() - t0;
  writeFileSync('/tmp/look/rich.pdf', (await savedFile(page, 0)).bytes);
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Export HTML' }).click();
  await expect(page.getByTestId('export-status')).toHaveText(/\.html\.$/u, { timeout: 120_000 });
  const htmlMs = Date.now() - t1;
  writeFileSync('/tmp/look/rich.html', (await savedFile(page, 1)).bytes);
  const measures = await page.evaluate(() => performance.getEntriesByType('measure').map((e) => [e.name, Math.round(e.duration)]));
  console.log(JSON.stringify({ pdfMs, htmlMs, measures, status: await page.getByTestId('export-status').textContent() }));
});
