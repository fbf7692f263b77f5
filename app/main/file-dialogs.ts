import { app, dialog, type BrowserWindow, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import path from 'node:path';
import type { HostHandlers } from '../../shared/host/contract';
import { writeFileAtomic } from '../host-services/atomic-write';
import { readTextFile } from '../host-services/read-text-file';

export type FileHandlers = Pick<HostHandlers, 'file.save' | 'file.open'>;

/**
 * The two calls that need the operating system's file dialogs. The dialog is where the
 * user grants access to one path; the renderer never names a path itself.
 */
export function createFileHandlers(getWindow: () => BrowserWindow | undefined): FileHandlers {
  return {
    'file.save': async ({ suggestedName, content, encoding, filters }) => {
      const options: SaveDialogOptions = {
        defaultPath: inDocuments(suggestedName),
        filters,
        // Windows and macOS always confirm a replacement; GTK on Linux only when asked.
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const window = getWindow();
      const { canceled, filePath } = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
      if (canceled || !filePath) return null;
      // The user has already agreed to replace an existing file in the dialog. The contract
      // has checked that base64 content is base64.
      await writeFileAtomic(filePath, encoding === 'base64' ? Buffer.from(content, 'base64') : content, { overwrite: true });
      return { path: filePath };
    },

    'file.open': async ({ filters }) => {
      const options: OpenDialogOptions = { filters, properties: ['openFile'] };
      const window = getWindow();
      const { canceled, filePaths } = window
        ? await dialog.showOpenDialog(window, options)
        : await dialog.showOpenDialog(options);
      const file = filePaths[0];
      if (canceled || file === undefined) return null;
      return { name: path.basename(file), content: await readTextFile(file) };
    },
  };
}

function inDocuments(name: string): string {
  try {
    return path.join(app.getPath('documents'), name);
  } catch {
    // Some Linux desktops define no Documents folder; the dialog then starts where it likes.
    return name;
  }
}
