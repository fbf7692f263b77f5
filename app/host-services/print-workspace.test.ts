import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { withPrintWorkspace, type PrintWorkspace } from './print-workspace';

const posixOnly = process.platform === 'win32' ? it.skip : it;
const tempRoot = () => mkdtempSync(path.join(tmpdir(), 'pd-workspace-'));

describe('withPrintWorkspace', () => {
  it('writes the document into a fresh folder in the temporary folder and hands back its URL', async () => {
    const root = tempRoot();
    const seen = await withPrintWorkspace(
      '<p>简报</p>',
      async (workspace) => {
        expect(path.dirname(workspace.dir)).toBe(root);
        expect(path.basename(workspace.dir)).toMatch(/^policydesk-print-/u);
        expect(fileURLToPath(workspace.documentUrl)).toBe(workspace.documentFile);
        expect(readFileSync(workspace.documentFile, 'utf8')).toBe('<p>简报</p>');
        expect(workspace.pathFor('out.pdf')).toBe(path.join(workspace.dir, 'out.pdf'));
        return workspace;
      },
      { tempRoot: root },
    );
    expect(seen.documentFile.endsWith('briefing.html')).toBe(true);
  });

  it('uses the OS temporary folder by default', async () => {
    await withPrintWorkspace('x', async (workspace) => {
      expect(path.dirname(workspace.dir)).toBe(tmpdir());
    });
  });

  posixOnly('keeps the folder and the document owner-only', async () => {
    await withPrintWorkspace(
      'x',
      async (workspace) => {
        expect(statSync(workspace.dir).mode & 0o777).toBe(0o700);
        expect(statSync(workspace.documentFile).mode & 0o777).toBe(0o600);
      },
      { tempRoot: tempRoot() },
    );
  });

  it('deletes everything afterwards, including what the job wrote', async () => {
    let workspace: PrintWorkspace | undefined;
    const result = await withPrintWorkspace(
      'x',
      async (given) => {
        workspace = given;
        const { writeFile, mkdir } = await import('node:fs/promises');
        await mkdir(given.pathFor('profile'));
        await writeFile(path.join(given.pathFor('profile'), 'Preferences'), '{}');
        await writeFile(given.pathFor('briefing.pdf'), '%PDF-');
        return 42;
      },
      { tempRoot: tempRoot() },
    );
    expect(result).toBe(42);
    expect(existsSync(workspace?.dir ?? '')).toBe(false);
  });

  it('deletes everything when the job fails, and passes the failure on', async () => {
    let dir = '';
    const failing = withPrintWorkspace(
      'x',
      async (workspace) => {
        dir = workspace.dir;
        throw new Error('the printer broke');
      },
      { tempRoot: tempRoot() },
    );
    await expect(failing).rejects.toThrow('the printer broke');
    expect(dir).not.toBe('');
    expect(existsSync(dir)).toBe(false);
  });
});
