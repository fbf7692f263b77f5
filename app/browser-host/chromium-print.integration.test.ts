import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefingPrintResultSchema } from '../../shared/host/contract';
import { createBriefingPrinting } from '../host-services/briefing-print';
import { findBrowser } from './browser-launcher';
import { createChromiumPrinter } from './chromium-printer';
import { startBrowserHost, type BrowserHost } from './server';
import { signInTo } from './test-session';

/**
 * Prints for real, with the system Chromium, and reads the PDF back with poppler's
 * pdfinfo and pdftotext. Nothing here is skipped: a machine without Chromium or
 * poppler-utils fails, saying what to install (.ci/run installs both).
 */

const PRINT_TIMEOUT = 60_000;
const CHINESE = '研究与试验发展经费投入强度达到百分之三点二';

function briefingHtml(options: { pageRule?: string; body?: string } = {}): string {
  const pageRule = options.pageRule ?? 'size: A4;';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>The document's own title</title>
<style>
@page {
  ${pageRule}
  margin: 22mm 18mm;
  @top-center { content: "INTERNAL"; font: 600 9pt "Noto Sans CJK SC", sans-serif; color: #8a1c1c; letter-spacing: 0.1em; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt "Noto Sans CJK SC", sans-serif; }
}
body { font-family: "Noto Sans CJK SC", sans-serif; font-size: 11pt; line-height: 1.5; }
h1 { font-size: 20pt; margin: 0 0 6mm; }
.new-page { break-before: page; }
</style>
</head>
<body>
<h1>Research and development targets</h1>
<p>Gross spending on research and development should reach 3.2% of GDP by 2030.</p>
<p lang="zh-CN">${CHINESE}。</p>
${options.body ?? ''}
<h1 class="new-page">Status of the targets</h1>
<p>On track: 2.68% in 2023, up from 2.41% in 2020.</p>
</body>
</html>
`;
}

/** Runs a poppler tool, failing with what to install if it is missing. */
function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') {
      throw new Error(
        `${tool} is not installed. The PDF checks need poppler-utils (Debian: apt-get install poppler-utils; .ci/run installs it).`,
        { cause: error },
      );
    }
    throw error;
  }
}

function writePdf(pdfBase64: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'pd-printed-')), 'briefing.pdf');
  writeFileSync(file, Buffer.from(pdfBase64, 'base64'));
  return file;
}

function info(file: string): Record<string, string> {
  return Object.fromEntries(
    poppler('pdfinfo', [file])
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/u.exec(line))
      .filter((match) => match !== null)
      .map((match) => [match[1] ?? '', match[2] ?? '']),
  );
}

function pageSize(file: string): { width: number; height: number } {
  const match = /^([\d.]+) x ([\d.]+) pts/u.exec(info(file)['Page size'] ?? '');
  if (match === null) throw new Error('pdfinfo reported no page size');
  return { width: Number(match[1]), height: Number(match[2]) };
}

/** The text of each page; pdftotext ends every page with a form feed. */
function pagesText(file: string): string[] {
  return poppler('pdftotext', ['-layout', file, '-']).split('\f').slice(0, -1);
}

beforeAll(() => {
  if (findBrowser() === undefined) {
    throw new Error('Chromium is not installed: printing needs it (Debian: apt-get install chromium; .ci/run installs it).');
  }
  poppler('pdfinfo', ['-v']);
});

describe('printing a briefing through the browser host', () => {
  let host: BrowserHost;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'pd-real-print-'));
    mkdirSync(path.join(root, 'renderer'));
    writeFileSync(path.join(root, 'renderer', 'index.html'), '<!doctype html><title>PolicyDesk</title>');
    host = await startBrowserHost({
      dataDir: path.join(root, 'data'),
      port: 0,
      open: false,
      rendererDir: path.join(root, 'renderer'),
    });
  });

  afterAll(async () => {
    await host.close();
  });

  it(
    'makes an A4 PDF with the marking on every page, "Page X of Y", an outline, tags and Chinese as text',
    async () => {
      const session = await signInTo(host);
      // The document names A4; the paper asked for differs, and the document's CSS governs.
      const answer = await session.call('briefing.print', { html: briefingHtml(), paper: 'Letter', title: 'R&D briefing 研发' });
      expect(answer.status, answer.body.slice(0, 500)).toBe(200);
      const reply: unknown = JSON.parse(answer.body);
      const result = briefingPrintResultSchema.parse((reply as { result: unknown }).result);
      const file = writePdf(result.pdfBase64);

      const details = info(file);
      expect(result.pages).toBe(2);
      expect(details.Pages).toBe('2');
      const size = pageSize(file);
      expect(size.width).toBeCloseTo(595.28, 0);
      expect(size.height).toBeCloseTo(841.89, 0);
      expect(details.Title).toBe('R&D briefing 研发');
      expect(details.Tagged).toBe('yes');
      expect(Buffer.from(result.pdfBase64, 'base64').toString('latin1')).toMatch(/\/Outlines \d+ 0 R/u);

      const pages = pagesText(file);
      expect(pages).toHaveLength(2);
      pages.forEach((text, index) => {
        expect(text).toContain('INTERNAL');
        expect(text).toContain(`Page ${index + 1} of 2`);
      });
      expect(pages[0]).toContain('Research and development targets');
      expect(pages[0]).toContain(CHINESE);
      expect(pages[1]).toContain('Status of the targets');
      // Chromium's own header and footer (date, title, file URL) are off.
      expect(pages.join('')).not.toMatch(/file:\/\/|policydesk-print-/u);
    },
    PRINT_TIMEOUT,
  );
});

describe('printing with the system Chromium', () => {
  const print = createBriefingPrinting(createChromiumPrinter()).print;
  let server: Server;
  let port = 0;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('reached');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    port = typeof address === 'object' && address !== null ? address.port : 0;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it(
    'uses the paper asked for when the document names no size',
    async () => {
      const result = await print({ html: briefingHtml({ pageRule: '' }), paper: 'Letter', title: 'Letter briefing' });
      const size = pageSize(writePdf(result.pdfBase64));
      expect(size.width).toBeCloseTo(612, 0);
      expect(size.height).toBeCloseTo(792, 0);
    },
    PRINT_TIMEOUT,
  );

  it(
    'reaches no network and runs no script, whatever the document tries',
    async () => {
      const here = `http://127.0.0.1:${port}`;
      const body = [
        `<link rel="stylesheet" href="${here}/style.css">`,
        `<img src="${here}/pixel.png" alt="">`,
        `<p style="background: url(${here}/background.png)">Styled</p>`,
        `<iframe src="${here}/frame"></iframe>`,
        `<script>document.write('SCRIPT RAN'); fetch('${here}/fetch');</script>`,
      ].join('\n');
      const html = briefingHtml({ body }).replace(
        '<meta charset="utf-8">',
        `<meta charset="utf-8"><meta http-equiv="refresh" content="0; url=${here}/refresh">`,
      );
      const result = await print({ html, paper: 'A4', title: 'Hostile briefing' });
      const text = pagesText(writePdf(result.pdfBase64)).join('');
      expect(text).toContain('Research and development targets');
      expect(text).not.toContain('SCRIPT RAN');
      expect(requests).toEqual([]);
    },
    PRINT_TIMEOUT,
  );
});
