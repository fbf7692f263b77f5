/// <reference lib="dom" />
/**
 * What bench-scale.ts does inside the page: timers armed in the page, so that only the app's
 * own work is measured and no round trip of the test driver counts, and the raw Dexie
 * bulkPut the import is compared with.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '..');
const LIBRARY_COLLECTIONS = ['organisations', 'policies', 'plans', 'targets', 'observations'] as const;

/** "Something on screen": an element matching `selector` whose text matches `pattern` (and, if `changed`, differs from before). */
export type Probe = { selector: string; pattern: string; changed?: boolean };
/** The timed action: click the element (with this exact text), or type `type` into it as one input event. */
export type Trigger = { selector: string; text?: string; type?: string };

export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export type BenchWindow = Window & {
  benchMarks?: Record<string, number>;
  benchImport?: Promise<{ ms: number; said: string }>;
};

// The functions below run in the page. tsx keeps function names by wrapping named inner
// functions in a helper the page lacks, so they use only inline, anonymous callbacks.

/**
 * Installed before any page script: notes when each startup probe is first met. performance.now()
 * counts from the start of the navigation to the launch URL, its redirect to "/" included.
 */
export function watchStartup(probes: Record<string, Probe>) {
  const marks: Record<string, number> = {};
  (window as BenchWindow).benchMarks = marks;
  new MutationObserver(() => {
    for (const [key, probe] of Object.entries(probes)) {
      if (marks[key] !== undefined) continue;
      const matches = Array.from(document.querySelectorAll(probe.selector));
      if (matches.some((element) => new RegExp(probe.pattern).test(element.textContent ?? ''))) marks[key] = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Times, in the page, from the trigger until every probe is met in the DOM: no Playwright round trip counts. */
export function timed(page: Page, trigger: Trigger, probes: Probe[], timeoutMs = 60_000): Promise<number> {
  return page.evaluate(
    ({ trigger, probes, timeoutMs }) => {
      const element = Array.from(document.querySelectorAll<HTMLElement>(trigger.selector)).find(
        (candidate) => trigger.text === undefined || candidate.textContent?.trim() === trigger.text,
      );
      if (!element) throw new Error(`Nothing on screen matches ${trigger.selector} ${trigger.text ?? ''}`);
      const before = probes.map((probe) => document.querySelector(probe.selector)?.textContent ?? null);
      return new Promise<number>((resolve, reject) => {
        let start = 0;
        const observer = new MutationObserver(() => {
          const shown = probes.every((probe, index) =>
            Array.from(document.querySelectorAll(probe.selector)).some(
              (match) =>
                new RegExp(probe.pattern).test(match.textContent ?? '') &&
                (!probe.changed || match.textContent !== before[index]),
            ),
          );
          if (!shown) return;
          observer.disconnect();
          clearTimeout(timer);
          resolve(performance.now() - start);
        });
        const timer = setTimeout(() => {
          observer.disconnect();
          reject(new Error(`Not shown within ${timeoutMs} ms: ${probes.map((probe) => probe.pattern).join(' and ')}`));
        }, timeoutMs);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        start = performance.now();
        if (trigger.type === undefined) {
          element.click();
        } else {
          // React tracks the input's value; setting it through the prototype makes the event count as typing.
          Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(element, trigger.type);
          element.dispatchEvent(new Event('input', { bubbles: true }));
        }
      });
    },
    { trigger, probes, timeoutMs },
  );
}

/** Arms, in the page, a timer from the moment a file is chosen until the import says how it went. */
export function watchImport(timeoutMs: number) {
  (window as BenchWindow).benchImport = new Promise((resolve, reject) => {
    let chosen = 0;
    document.addEventListener('change', () => (chosen = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      const said = Array.from(document.querySelectorAll('[role="status"], [role="alert"]'))
        .map((element) => element.textContent?.match(/Imported [\d,]+ items|Nothing was imported.*/)?.[0])
        .find((text) => text !== undefined);
      if (said === undefined || chosen === 0) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve({ ms: performance.now() - chosen, said });
    });
    const timer = setTimeout(() => reject(new Error(`The import said nothing within ${timeoutMs} ms`)), timeoutMs);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
}

/**
 * The Dexie stores renderer/src/data/db.ts declares for the library's tables, read from its
 * source at run time and merged over versions as Dexie merges them.
 */
async function readLibraryStores(): Promise<Record<string, string>> {
  const source = await readFile(join(ROOT, 'renderer/src/data/db.ts'), 'utf8');
  const specs: Record<string, string> = {};
  for (const [, body = ''] of source.matchAll(/\.stores\(\s*\{([^}]*)\}\s*\)/g)) {
    for (const [, name = '', spec = ''] of body.matchAll(/(\w+)\s*:\s*('[^']*'|"[^"]*")/g)) specs[name] = spec.slice(1, -1);
  }
  const missing = LIBRARY_COLLECTIONS.filter((name) => specs[name] === undefined);
  if (missing.length > 0) throw new Error(`found no stores for ${missing.join(', ')} in renderer/src/data/db.ts`);
  return Object.fromEntries(LIBRARY_COLLECTIONS.map((name) => [name, specs[name]!]));
}

/**
 * The baseline the import is held to: a raw Dexie bulkPut of the same records, with the same
 * bookkeeping fields, into a scratch database with the same stores and indexes, one table
 * at a time, in the same page. Dexie is loaded into the page through the DevTools protocol,
 * which the page's Content Security Policy does not govern; the app's own copy is bundled
 * out of reach.
 */
export async function rawWrite(page: Page, json: string): Promise<number> {
  const stores = await readLibraryStores();
  const cdp = await page.context().newCDPSession(page);
  const dexie = await readFile(join(ROOT, 'node_modules/dexie/dist/dexie.min.js'), 'utf8');
  await cdp.send('Runtime.evaluate', { expression: dexie });
  await cdp.detach();
  return page.evaluate(
    async ({ json, stores, collections }) => {
      const { Dexie } = window as unknown as { Dexie: new (name: string) => ScratchDexie };
      const bundle = JSON.parse(json) as Record<string, object[]>;
      const at = new Date().toISOString();
      // The bookkeeping every stored item carries (shared/domain/records.ts RecordMeta).
      const meta = { createdAt: at, updatedAt: at, deletedAt: null, origin: 'user', revision: 1 };
      const tables = collections.map((collection) => (bundle[collection] ?? []).map((item) => ({ ...item, ...meta })));
      const db = new Dexie('policydesk-bench-scratch');
      db.version(1).stores(stores);
      await db.open();
      const started = performance.now();
      for (const [index, collection] of collections.entries()) await db.table(collection).bulkPut(tables[index] ?? []);
      const ms = performance.now() - started;
      await db.delete();
      return ms;
    },
    { json, stores, collections: [...LIBRARY_COLLECTIONS] },
  );
}

/** The little of Dexie's interface the scratch write uses. */
interface ScratchDexie {
  version(number: number): { stores(schema: Record<string, string>): unknown };
  open(): Promise<unknown>;
  table(name: string): { bulkPut(records: object[]): Promise<unknown> };
  delete(): Promise<void>;
}
