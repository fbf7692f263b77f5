/**
 * Times printing a 50-page briefing to PDF through the browser host's printer (the system
 * Chromium, headless): preparing the document, the temporary files, Chromium itself,
 * reading the PDF back and counting its pages. The document is generated and
 * self-contained: headings, target tables, inline SVG charts, English and Chinese text,
 * a marking in the header and "Page X of Y" in the footer. The baseline, measured in the
 * same run, prints a one-page document the same way: the fixed cost of starting Chromium,
 * which no briefing can avoid. The goal is under 5 s for the 50 pages.
 * Usage:
 *   npx tsx scripts/bench-pdf.ts [--runs 3] [--sections 24] [--font system|fontsource|<file>]
 *                                [--keep out.pdf] [--save-html briefing.html]
 * `--font system` (the default) names Noto Sans CJK SC, which Debian's fonts-noto-cjk
 * installs. `--font fontsource` inlines every regular and bold subset of the app's packaged
 * @fontsource/noto-sans-sc as data: URLs (the app embeds only the subsets a briefing
 * uses, so this is the heavier case). `--font <file>` inlines that one font file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { findBrowser } from '../app/browser-host/browser-launcher';
import { createChromiumPrinter } from '../app/browser-host/chromium-printer';
import { createBriefingPrinting } from '../app/host-services/briefing-print';

const GOAL_MS = 5000;

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    sections: { type: 'string', default: '24' },
    font: { type: 'string', default: 'system' },
    keep: { type: 'string' },
    'save-html': { type: 'string' },
  },
});
const runs = Number(values.runs);
const sectionCount = Number(values.sections);

/** mulberry32: a small seeded generator, so every run prints the same document. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20250101);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

const ENGLISH = [
  'The plan sets a binding target for gross domestic spending on research and development.',
  'Progress since the baseline year has been uneven across regions and sectors.',
  'The ministry reports the indicator annually; the latest release revised earlier figures.',
  'Business enterprise spending grew faster than government spending over the period.',
  'The target is assessed against a straight-line path from the baseline to the due year.',
];
const CHINESE = [
  '研究与试验发展经费投入强度达到百分之三点二以上。',
  '基础研究经费占研发经费比重提高到百分之八以上。',
  '每万人口高价值发明专利拥有量达到十二件。',
  '数字经济核心产业增加值占国内生产总值比重达到百分之十。',
  '全社会研发经费投入年均增长百分之七以上。',
];
const STATUSES = ['On track', 'At risk', 'Off track', 'Achieved', 'Not assessable'];

function escapeHtml(text: string): string {
  return text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');
}

/** A line chart of a target's observations against its path, as inline SVG. */
function chart(index: number): string {
  const points = Array.from({ length: 12 }, (_, year) => ({ x: 40 + year * 40, y: 160 - year * 8 - next() * 30 }));
  const line = points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
  const dots = points.map((p) => `<circle cx="${p.x.toFixed(1)}" cy="${p.y.toFixed(1)}" r="3" fill="#1f4e79"/>`).join('');
  const ticks = points
    .map((p, year) => `<text x="${p.x}" y="188" font-size="9" text-anchor="middle">${2014 + year}</text>`)
    .join('');
  return `<figure class="chart"><svg viewBox="0 0 520 200" width="100%" role="img" aria-label="Target ${index} progress">
<rect x="30" y="10" width="470" height="160" fill="#f6f8fa" stroke="#c9d1d9"/>
<line x1="40" y1="160" x2="480" y2="40" stroke="#888" stroke-dasharray="4 3"/>
<polyline points="${line}" fill="none" stroke="#1f4e79" stroke-width="2"/>${dots}${ticks}
</svg><figcaption>Figure ${index}. Observed values against the straight-line path to the target.</figcaption></figure>`;
}

function table(section: number): string {
  const rows = Array.from({ length: 18 }, (_, row) => {
    const baseline = (1 + next() * 3).toFixed(2);
    const latest = (Number(baseline) + next() * 1.5).toFixed(2);
    return `<tr><td>T${section}.${row + 1}</td><td>${escapeHtml(pick(CHINESE))}</td><td class="n">${baseline}</td><td class="n">${latest}</td><td>${2025 + Math.floor(next() * 11)}</td><td>${pick(STATUSES)}</td></tr>`;
  }).join('\n');
  return `<table><thead><tr><th>Target</th><th>Statement</th><th>Baseline</th><th>Latest</th><th>Due</th><th>Status</th></tr></thead><tbody>
${rows}</tbody></table>`;
}

function section(index: number): string {
  const paragraphs = Array.from(
    { length: 4 },
    () => Array.from({ length: 5 }, () => pick(ENGLISH)).join(' ') + ` ${pick(CHINESE)}`,
  );
  return `<section>
<h2>${index}. Science and technology targets, part ${index}</h2>
${paragraphs
  .slice(0, 2)
  .map((text) => `<p>${escapeHtml(text)}</p>`)
  .join('\n')}
${table(index)}
${index % 3 === 0 ? chart(index) : ''}
<h3>${index}.1 Changes since the last briefing</h3>
${paragraphs
  .slice(2)
  .map((text) => `<p>${escapeHtml(text)}</p>`)
  .join('\n')}
<p class="citation">Source: Statistical Communiqué on National Economic and Social Development, table ${index}; 国家统计局.</p>
</section>`;
}

function fontFace(): { css: string; family: string; label: string } {
  const choice = values.font;
  if (choice === 'system') {
    return { css: '', family: '"Noto Sans CJK SC", sans-serif', label: 'Noto Sans CJK SC from the system' };
  }
  if (choice === 'fontsource') {
    const dir = path.resolve('node_modules/@fontsource/noto-sans-sc');
    const css = ['400', '700']
      .map((weight) => readFileSync(path.join(dir, `${weight}.css`), 'utf8'))
      .join('\n')
      .replace(
        /src: url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)(?:, url\([^)]+\) format\('woff'\))?;/gu,
        (_match, file: string) =>
          `src: url(data:font/woff2;base64,${readFileSync(path.join(dir, 'files', file)).toString('base64')}) format('woff2');`,
      );
    return { css, family: '"Noto Sans SC", sans-serif', label: 'every subset of @fontsource/noto-sans-sc 400 and 700, inlined' };
  }
  const bytes = readFileSync(choice);
  const type = path.extname(choice).slice(1).toLowerCase();
  const mime = type === 'ttc' ? 'font/collection' : `font/${type}`;
  return {
    css: `@font-face { font-family: "Briefing"; src: url(data:${mime};base64,${bytes.toString('base64')}); }`,
    family: '"Briefing", sans-serif',
    label: `${choice}, inlined as a data: URL`,
  };
}

const font = fontFace();

function briefingDocument(sections: number): string {
  const body =
    sections === 0
      ? '<h1>One-page briefing</h1><p>Gross spending on research and development should reach 3.2% of GDP by 2030. 研究与试验发展经费投入强度达到百分之三点二。</p>'
      : [
          '<section class="cover"><h1>Science and technology policy briefing</h1><p>Prepared for the directorate · 2025</p></section>',
          `<nav class="toc"><h2>Contents</h2><ol>${Array.from({ length: sections }, (_, i) => `<li>Science and technology targets, part ${i + 1}</li>`).join('')}</ol></nav>`,
          ...Array.from({ length: sections }, (_, i) => section(i + 1)),
        ].join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Briefing</title>
<style>
${font.css}
@page { size: A4; margin: 22mm 18mm 20mm;
  @top-center { content: "INTERNAL"; font: 600 8pt ${font.family}; color: #8a1c1c; letter-spacing: 0.1em; }
  @bottom-left { content: "Generated 2025-06-30"; font: 8pt ${font.family}; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt ${font.family}; color: #555; } }
body { font-family: ${font.family}; font-size: 10pt; line-height: 1.45; color: #111; }
.cover { break-after: page; padding-top: 80mm; } .cover h1 { font-size: 28pt; }
.toc { break-after: page; }
h2 { break-before: page; break-after: avoid; font-size: 15pt; } h3 { break-after: avoid; font-size: 12pt; }
table { width: 100%; border-collapse: collapse; margin: 4mm 0; font-size: 8.5pt; }
th, td { border-bottom: 0.5pt solid #bbb; padding: 1.2mm 1.5mm; text-align: left; vertical-align: top; }
thead { display: table-header-group; } tr { break-inside: avoid; } td.n { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { break-inside: avoid; margin: 4mm 0; } figcaption { font-size: 8pt; color: #555; }
.citation { font-size: 8pt; color: #555; }
</style></head><body>
${body}
</body></html>`;
}

if (findBrowser() === undefined) {
  console.error('No Chromium found: install it, or set POLICYDESK_BROWSER.');
  process.exit(1);
}

const print = createBriefingPrinting(createChromiumPrinter()).print;

interface Timing {
  bestMs: number;
  medianMs: number;
  pages: number;
  pdfBytes: number;
  pdfBase64: string;
}

/**
 * Prints each document once to warm up, then `runs` times, alternating between them, so a
 * machine that gets busier or quieter during the run weighs on both alike.
 */
async function timeAlternately(documents: readonly string[]): Promise<Timing[]> {
  const times = documents.map((): number[] => []);
  const last: { pages: number; pdfBase64: string }[] = [];
  for (const html of documents) last.push(await print({ html, paper: 'A4', title: 'Benchmark briefing' }));
  for (let run = 0; run < runs; run += 1) {
    for (const [index, html] of documents.entries()) {
      const started = performance.now();
      last[index] = await print({ html, paper: 'A4', title: 'Benchmark briefing' });
      times[index]?.push(performance.now() - started);
    }
  }
  return documents.map((_html, index) => {
    const sorted = (times[index] ?? []).sort((a, b) => a - b);
    const result = last[index] ?? { pages: 0, pdfBase64: '' };
    return {
      bestMs: sorted[0] ?? 0,
      medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0,
      pages: result.pages,
      pdfBytes: Buffer.byteLength(result.pdfBase64, 'base64'),
      pdfBase64: result.pdfBase64,
    };
  });
}

const large = briefingDocument(sectionCount);
const small = briefingDocument(0);
if (values['save-html'] !== undefined) {
  writeFileSync(values['save-html'], large);
  console.log(`Wrote the ${sectionCount}-section document to ${values['save-html']}; nothing printed.`);
  process.exit(0);
}
const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

console.log(`Printing with ${findBrowser()}; best and median of ${runs} runs each, alternating, after 1 warm-up run each`);
console.log(`Font: ${font.label}\n`);
const [baseline, full] = await timeAlternately([small, large]);
if (baseline === undefined || full === undefined) throw new Error('Nothing was timed.');
console.log(
  `  baseline, ${baseline.pages}-page document (${mib(Buffer.byteLength(small))} HTML)   best ${ms(baseline.bestMs)}  median ${ms(baseline.medianMs)}  → ${mib(baseline.pdfBytes)} PDF`,
);
console.log(
  `  briefing, ${full.pages}-page document (${mib(Buffer.byteLength(large))} HTML)  best ${ms(full.bestMs)}  median ${ms(full.medianMs)}  → ${mib(full.pdfBytes)} PDF`,
);
console.log(
  `  the ${full.pages - baseline.pages} extra pages cost ${ms(full.medianMs - baseline.medianMs)} over the baseline (median)\n`,
);
if (values.keep !== undefined) {
  writeFileSync(values.keep, Buffer.from(full.pdfBase64, 'base64'));
  console.log(`  kept the ${full.pages}-page PDF as ${values.keep}\n`);
}
const underGoal = full.medianMs < GOAL_MS;
console.log(
  `Under the ${GOAL_MS / 1000} s goal for ${full.pages} pages: ${underGoal ? 'yes' : 'NO'} (median ${ms(full.medianMs)})`,
);
if (full.pages < 50) console.log(`Note: the document has ${full.pages} pages, fewer than 50; raise --sections.`);
if (!underGoal) process.exitCode = 1;
