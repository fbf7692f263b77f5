import { chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HostCallError } from '../../shared/host/host-call-error';
import { pdfTooLargeMessage } from '../../shared/host/limits';
import { createBriefingPrinting } from '../host-services/briefing-print';
import { chromiumPrintArguments, createChromiumPrinter, summarizeChromiumOutput } from './chromium-printer';

const posixOnly = process.platform === 'win32' ? it.skip : it;

const MINIMAL_PDF =
  '%PDF-1.4\n1 0 obj\n<</Type /Pages /Count 1 /Kids [2 0 R]>>\nendobj\n2 0 obj\n<</Type /Page /Parent 1 0 R>>\nendobj\n%%EOF\n';
const briefing = { html: '<!doctype html><p>简报</p>', paper: 'A4', title: 'Briefing' } as const;

/**
 * A stand-in for Chromium: a shell script that records its arguments and pid beside
 * itself, then does what `body` says with the PDF path in $out.
 */
function fakeChromium(body: string): { browser: string; dir: string; args: () => string[]; pid: () => number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'pd-fake-chromium-'));
  const browser = path.join(dir, 'chromium');
  writeFileSync(
    browser,
    [
      '#!/bin/sh',
      'here=$(dirname "$0")',
      'echo $$ > "$here/pid"',
      'printf "%s\\n" "$@" > "$here/args"',
      'for arg in "$@"; do case "$arg" in --print-to-pdf=*) out="${arg#--print-to-pdf=}";; esac; done',
      body,
      '',
    ].join('\n'),
  );
  chmodSync(browser, 0o755);
  return {
    browser,
    dir,
    args: () => readFileSync(path.join(dir, 'args'), 'utf8').trimEnd().split('\n'),
    pid: () => Number(readFileSync(path.join(dir, 'pid'), 'utf8')),
  };
}

function printerFor(browser: string | undefined, options: { timeoutMs?: number; maxPdfBytes?: number } = {}) {
  const tempRoot = mkdtempSync(path.join(tmpdir(), 'pd-print-root-'));
  const printing = createBriefingPrinting(createChromiumPrinter({ findBrowser: () => browser, runningAsRoot: false }), {
    tempRoot,
    ...options,
  });
  return { print: printing.print, printing, tempRoot };
}

async function failure(promise: Promise<unknown>): Promise<HostCallError> {
  const reason: unknown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(reason instanceof HostCallError)) throw new Error(`Expected a HostCallError, got ${String(reason)}`);
  return reason;
}

/** A killed process the init system has not yet reaped (a zombie) counts as stopped. */
function isRunning(pid: number): boolean {
  if (existsSync('/proc/self/stat')) {
    try {
      return !/^\d+ \(.*\) Z/su.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function argValue(args: string[], flag: string): string {
  const found = args.find((arg) => arg.startsWith(`${flag}=`));
  if (found === undefined) throw new Error(`No ${flag} among ${args.join(' ')}`);
  return found.slice(flag.length + 1);
}

describe('chromiumPrintArguments', () => {
  const target = {
    documentUrl: 'file:///tmp/policydesk-print-x/briefing.html',
    pdfFile: '/tmp/policydesk-print-x/briefing.pdf',
    profileDir: '/tmp/policydesk-print-x/profile',
    noSandbox: false,
  };

  it('prints headless on a fresh profile, offline, without Chromium’s own header and footer, with an outline', () => {
    expect(chromiumPrintArguments(target)).toEqual([
      '--headless',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--disable-extensions',
      '--no-default-browser-check',
      '--mute-audio',
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--user-data-dir=/tmp/policydesk-print-x/profile',
      '--no-pdf-header-footer',
      '--generate-pdf-document-outline',
      '--print-to-pdf=/tmp/policydesk-print-x/briefing.pdf',
      'file:///tmp/policydesk-print-x/briefing.html',
    ]);
  });

  it('turns the sandbox off only when asked (as root, where Chromium refuses otherwise)', () => {
    expect(chromiumPrintArguments({ ...target, noSandbox: true })[1]).toBe('--no-sandbox');
    expect(chromiumPrintArguments(target)).not.toContain('--no-sandbox');
  });
});

describe('summarizeChromiumOutput', () => {
  it('keeps the last meaningful lines, without log prefixes or D-Bus noise', () => {
    const stderr = [
      '/usr/bin/chromium: 9: [: 25276510208: unexpected operator',
      '[3898:3929:1122/103918.315102:ERROR:dbus/bus.cc:405] Failed to connect to the bus: Failed to connect to socket',
      '[13549:13549:1122/104608.579896:ERROR:components/headless/command_handler/headless_command_handler.cc:403] Page load failed: net::ERR_FILE_NOT_FOUND',
      '',
    ].join('\n');
    expect(summarizeChromiumOutput(stderr)).toBe('Page load failed: net::ERR_FILE_NOT_FOUND');
  });

  it('says so when there is nothing to say, and keeps a long story short', () => {
    expect(summarizeChromiumOutput('42054 bytes written to file /tmp/x.pdf\n')).toBe('it gave no reason');
    expect(summarizeChromiumOutput('x'.repeat(2000))).toHaveLength(501);
  });
});

describe('the Chromium printer', () => {
  posixOnly('prints the prepared document from a private workspace and hands back the checked PDF', async () => {
    const fake = fakeChromium(
      `for arg in "$@"; do last="$arg"; done; cp "\${last#file://}" "$here/document"; printf '%s' '${MINIMAL_PDF}' > "$out"`,
    );
    const { print, tempRoot } = printerFor(fake.browser);
    const result = await print(briefing);
    expect(result).toEqual({ pdfBase64: Buffer.from(MINIMAL_PDF).toString('base64'), pages: 1 });

    const args = fake.args();
    const documentUrl = args.at(-1) ?? '';
    const workspace = path.dirname(fileURLToPath(documentUrl));
    expect(path.dirname(workspace)).toBe(tempRoot);
    expect(argValue(args, '--user-data-dir')).toBe(path.join(workspace, 'profile'));
    expect(argValue(args, '--print-to-pdf')).toBe(path.join(workspace, 'briefing.pdf'));
    const printed = readFileSync(path.join(fake.dir, 'document'), 'utf8');
    expect(printed).toContain('Content-Security-Policy');
    expect(printed).toContain('<p>简报</p>');
    expect(existsSync(workspace)).toBe(false);
  });

  posixOnly('reports why Chromium failed and removes the workspace', async () => {
    const fake = fakeChromium(
      'echo "[1:1:1122/1.1:ERROR:dbus/bus.cc:405] Failed to connect to the bus" >&2; echo "[1:1:1122/1.1:ERROR:x.cc:1] Printing failed: out of paper" >&2; exit 3',
    );
    const { print } = printerFor(fake.browser);
    const error = await failure(print(briefing));
    expect(error.code).toBe('failed');
    expect(error.message).toBe('chromium could not print the briefing (exit code 3): Printing failed: out of paper.');
    expect(existsSync(path.dirname(fileURLToPath(fake.args().at(-1) ?? '')))).toBe(false);
  });

  posixOnly('reports a Chromium that finishes without writing the PDF', async () => {
    const fake = fakeChromium('echo "[1:1:1122/1.1:ERROR:h.cc:403] Page load failed: net::ERR_FILE_NOT_FOUND" >&2; exit 0');
    const error = await failure(printerFor(fake.browser).print(briefing));
    expect(error.message).toBe('chromium finished without writing the PDF: Page load failed: net::ERR_FILE_NOT_FOUND.');
  });

  posixOnly('refuses what is not a PDF, and a PDF over the cap', async () => {
    const notPdf = fakeChromium('printf "<html>" > "$out"');
    expect((await failure(printerFor(notPdf.browser).print(briefing))).message).toMatch(/not a usable PDF/u);

    const large = fakeChromium(`printf '%s' '${MINIMAL_PDF}' > "$out"`);
    const error = await failure(printerFor(large.browser, { maxPdfBytes: 10 }).print(briefing));
    expect(error.message).toBe(pdfTooLargeMessage(10));
  });

  posixOnly('stops Chromium and its helpers after the time-out, then removes the workspace', async () => {
    const fake = fakeChromium('sleep 30 & echo $! > "$here/helper"; wait');
    const { print } = printerFor(fake.browser, { timeoutMs: 300 });
    const started = Date.now();
    const error = await failure(print(briefing));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(error.message).toBe(
      'PolicyDesk stopped printing the briefing after 0.3 seconds: it took too long. Try again, or leave out some sections.',
    );
    const helper = Number(readFileSync(path.join(fake.dir, 'helper'), 'utf8'));
    await expect.poll(() => isRunning(fake.pid())).toBe(false);
    await expect.poll(() => isRunning(helper)).toBe(false);
    expect(existsSync(path.dirname(fileURLToPath(fake.args().at(-1) ?? '')))).toBe(false);
  });

  posixOnly('stops Chromium and removes the workspace when the host closes during a print', async () => {
    const fake = fakeChromium('sleep 30 & echo $! > "$here/helper"; wait');
    const { print, printing } = printerFor(fake.browser);
    const printed = failure(print(briefing));
    await expect.poll(() => existsSync(path.join(fake.dir, 'helper'))).toBe(true);
    await printing.close();
    expect((await printed).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
    await expect.poll(() => isRunning(fake.pid())).toBe(false);
    expect(existsSync(path.dirname(fileURLToPath(fake.args().at(-1) ?? '')))).toBe(false);
    expect((await failure(print(briefing))).message).toBe('PolicyDesk is closing, so the briefing was not printed.');
  });

  it('says how to get a browser when none is found', async () => {
    const error = await failure(printerFor(undefined).print(briefing));
    expect(error.message).toBe(
      'PolicyDesk needs Chromium to make PDFs here, and none was found. Install Chromium, or set POLICYDESK_BROWSER to a Chromium-based browser.',
    );
  });

  it('says which browser would not start', async () => {
    const missing = path.join(tmpdir(), 'no-such-dir', 'chromium');
    const error = await failure(printerFor(missing).print(briefing));
    expect(error.message).toBe(
      `PolicyDesk could not start ${missing} to make the PDF (ENOENT). Install Chromium, or set POLICYDESK_BROWSER to a Chromium-based browser.`,
    );
  });
});
