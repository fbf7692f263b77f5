/// <reference lib="dom" />
/**
 * Measures how smoothly the observations table scrolls with 100,000 rows, against a
 * 1,000-row baseline measured in the same run, in the browser host with Debian's Chromium.
 * Each library is imported through the app's own Import, as an analyst would. Prints frame
 * times while the table scrolls from top to bottom. Usage:
 *   npm run build && npm run bench:scroll [-- --rows 100000]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { startBrowserHost } from '../app/browser-host/server';
import { CHROMIUM_ARGS, CHROMIUM_PATH, RENDERER_DIR } from '../e2e/app-under-test';
import { generateSyntheticLibrary, type SyntheticMix } from '../shared/domain/synthetic-library';

const { values } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });

// Almost every item an observation, so the observations table holds about the asked-for rows.
const OBSERVATION_HEAVY: SyntheticMix = { organisations: 0.0005, policies: 0.005, plans: 0.002, targets: 0.02 };
const itemsFor = (rows: number) => Math.round(rows / (1 - 0.0275));

interface Run {
  rows: number;
  importSeconds: number;
  frames: number;
  meanMs: number;
  p95Ms: number;
  longFrames: number;
}

async function measure(rows: number): Promise<Run> {
  const dir = await mkdtemp(join(tmpdir(), 'policydesk-bench-'));
  const file = join(dir, 'library.json');
  await writeFile(file, JSON.stringify(generateSyntheticLibrary(itemsFor(rows), 42, OBSERVATION_HEAVY)));
  const host = await startBrowserHost({ dataDir: dir, port: 0, open: false, rendererDir: RENDERER_DIR });
  const context = await chromium.launchPersistentContext(join(dir, 'browser-profile'), {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(host.launchUrl);
    await page.getByRole('link', { name: 'Library and data' }).click();
    const started = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a library file…' }).click();
    await (await chooser).setFiles(file);
    const outcome = page.getByText(/^(Imported [\d,]+ items|Nothing was imported)/).first();
    await outcome.waitFor({ timeout: 600_000 });
    const said = (await outcome.textContent()) ?? '';
    if (!said.startsWith('Imported')) throw new Error(said);
    const importSeconds = (Date.now() - started) / 1000;

    await page.getByRole('navigation', { name: 'Library' }).getByRole('link', { name: 'Observations', exact: true }).click();
    const grid = page.getByRole('grid');
    await grid.waitFor();
    const shown = Number((await page.getByTestId('row-count').textContent())?.replaceAll(',', '').match(/\d+/)?.[0]);
    // Two ways an analyst scrolls: a steady wheel scroll (ten rows a frame, the same in both
    // runs) and jumps, as when dragging the scrollbar, to far-apart places in the table.
    const frameTimes = await grid.evaluate(async (element) => {
      // No named helpers in here: the bundler would wrap them in a helper the page lacks.
      const times: number[] = [];
      let last = performance.now();
      let position = 0.5;
      for (let step = 0; step < 600; step += 1) {
        if (step < 400) {
          element.scrollTop += 360;
        } else {
          position = ((position * 9301 + 49297) % 233280) / 233280;
          element.scrollTop = position * (element.scrollHeight - element.clientHeight);
        }
        await new Promise(requestAnimationFrame);
        const now = performance.now();
        times.push(now - last);
        last = now;
      }
      return times;
    });
    const sorted = [...frameTimes].sort((a, b) => a - b);
    return {
      rows: shown,
      importSeconds,
      frames: frameTimes.length,
      meanMs: frameTimes.reduce((sum, time) => sum + time, 0) / frameTimes.length,
      p95Ms: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      longFrames: frameTimes.filter((time) => time > 50).length,
    };
  } finally {
    await context.close();
    await host.close();
    await rm(dir, { recursive: true, force: true });
  }
}

const baseline = await measure(1_000);
const large = await measure(Number(values.rows));
const line = (label: string, run: Run) =>
  `${label.padEnd(10)} ${String(run.rows).padStart(7)} observation rows  import ${run.importSeconds.toFixed(1)} s  ` +
  `${run.frames} frames  mean ${run.meanMs.toFixed(1)} ms  p95 ${run.p95Ms.toFixed(1)} ms  frames over 50 ms: ${run.longFrames}`;
console.log(line('baseline', baseline));
console.log(line('large', large));
console.log(
  `ratio (large / baseline): mean frame ${(large.meanMs / baseline.meanMs).toFixed(2)}, p95 frame ${(large.p95Ms / baseline.p95Ms).toFixed(2)}`,
);
