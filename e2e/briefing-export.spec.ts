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
    /** The File System Access save picker (Chromium); the browser host saves through it. */
    showSaveFilePicker?: (options?: { suggestedName?: string }) => Promise<FileSystemFileHandle>;
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

test.describe('briefing export', () => {
  test('exports a briefing as a PDF a reader can trust: marking on every page, figures with sources, Chinese as text', async ({
    app,
  }, testInfo) => {
    test.setTimeout(90_000);
    const page = app.page;
    await installSavePicker(page);
    await composeBriefing(page);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved to .+\.pdf \(\d+ pages?\)\.$/u, { timeout: 60_000 });
    const saved = await savedFile(page, 0);
    expect(saved.name).toMatch(/^ISTO participation 2025 check - \d{4}-\d{2}-\d{2}\.pdf$/u);
    const file = testInfo.outputPath('briefing.pdf');
    writeFileSync(file, saved.bytes);

    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(new RegExp(`^Title:\\s+${TITLE}$`, 'mu'));
    expect(info).toMatch(/^Tagged:\s+yes$/mu);
    expect(info).toMatch(/^Page size:.*\(A4\)$/mu);
    const pages = Number(/^Pages:\s+(\d+)$/mu.exec(info)?.[1]);
    // Cover, contents, the sections (text, table, items, changes), and the target's own page.
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(6);
    expect(await page.getByTestId('export-status').textContent()).toContain(`(${pages} pages)`);

    for (let number = 1; number <= pages; number += 1) {
      const text = pdfText(file, number);
      expect(text, `the marking on page ${number}`).toContain(MARKING);
      expect(text, `the page number on page ${number}`).toContain(`Page ${number} of ${pages}`);
      expect(text, `the generation date on page ${number}`).toMatch(/Generated \d{1,2} \w{3} \d{4}, \d{2}:\d{2}/u);
    }

    const all = pdfText(file);
    expect(pdfText(file, 1)).toContain(TITLE);
    expect(pdfText(file, 2)).toContain('Contents');
    for (const heading of ['Summary', 'Targets at a glance', 'Targets in detail', 'Items and notes', 'What changed']) {
      expect(all, `the heading ${heading}`).toContain(heading);
    }
    // The target's figure and status, and where the figure comes from.
    expect(all).toContain('about 5,000');
    expect(all).toContain('Met');
    expect(all).toContain('8 International Projects › (3) Science and technology exchanges');
    // Chinese from the analyst's text and from the library, as text (so the font is embedded).
    expect(all).toContain(CHINESE);
    expect(all).toContain('关于在华举办国际会议的管理办法');
    expect(all).toContain('中办发〔2006〕10号');
    // Every font is embedded (pdffonts' "emb" column, fifth from the end), the shipped one among them.
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fonts.join('\n')).toMatch(/NotoSansSC/u);
    for (const line of fonts) expect(line.trim().split(/\s+/u).at(-5), line).toBe('yes');
    // The headings are the PDF's outline (bookmarks), for moving through it.
    expect(saved.bytes.includes('/Outlines')).toBe(true);
  });

  test('exports Markdown and a self-contained HTML file with the same content', async ({ app }) => {
    const page = app.page;
    await installSavePicker(page);
    await composeBriefing(page);

    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved to .+\.md\.$/u);
    const markdown = (await savedFile(page, 0)).bytes.toString('utf8');
    expect(markdown).toContain(`# ${TITLE}`);
    expect(markdown).toContain(`**${MARKING}**`);
    expect(markdown).toContain('| Target | Due | Status | Latest | Projected | R |');
    expect(markdown).toContain('(#/targets/tgt-cas-bri-train-800-specialists-per-year)');
    expect(markdown).toContain('✔ Met');
    expect(markdown).toContain(CHINESE);

    await page.getByRole('button', { name: 'Export HTML' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved to .+\.html\.$/u);
    const html = (await savedFile(page, 1)).bytes.toString('utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain(`<title>${TITLE}</title>`);
    expect(html).toContain('src: url(data:font/woff2;base64,');
    expect(html).toContain(CHINESE);
    expect(html).toContain('<svg');
    // Self-contained: nothing is fetched from anywhere when the file is opened.
    expect(html).not.toMatch(/<script|<link|\ssrc="(?!data:)|url\((?!data:)/iu);
  });

  test('a write that fails says why, and the briefing stays as it was', async ({ app }) => {
    const page = app.page;
    await installSavePicker(page);
    const briefing = await composeBriefing(page);

    await page.evaluate(() => (window.__failNextWrite = 'QuotaExceededError'));
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await expect(page.getByTestId('export-error')).toContainText('The Markdown was not saved: There is not enough disk space');
    await expect(page.getByTestId('export-error')).toContainText('The briefing is unchanged');
    await expect(briefing.saveState).toHaveText('All changes saved');
    await expect(briefing.field('Title')).toHaveValue(TITLE);

    // The next try, with room on the disk, saves.
    await page.getByRole('button', { name: 'Export Markdown' }).click();
    await expect(page.getByTestId('export-status')).toHaveText(/^Saved to .+\.md\.$/u);
    await expect(page.getByTestId('export-error')).toHaveCount(0);
  });
});
