import { useState } from 'react';
import type { HostResult } from '../../../../shared/host/contract';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { describeFailure } from '../../data/failures';
import { getHost } from '../../host';

/** Adds the items of a library file, all or nothing, and says exactly why when it refuses. */
export function ImportSection({
  disabled,
  onBusy,
  backUp,
}: {
  disabled: boolean;
  onBusy: (busy: boolean) => void;
  /** Saves a backup of the library as it is, before the import changes it. */
  backUp: () => Promise<unknown>;
}) {
  const toasts = useToasts();
  const [problem, setProblem] = useState<string | null>(null);

  const importFile = async () => {
    setProblem(null);
    let file: HostResult<'file.open'>;
    try {
      file = await getHost()['file.open']({ filters: [{ name: 'PolicyDesk library', extensions: ['json'] }] });
    } catch (error) {
      setProblem(`The file could not be read: ${describeFailure(error)}`);
      return;
    }
    if (!file) return;
    onBusy(true);
    try {
      await backUp();
      const added = await actions.importLibraryFile(file.content);
      toasts.show(`Imported ${added.toLocaleString('en')} items from ${file.name}.`);
    } catch (error) {
      setProblem(`Nothing was imported from ${file.name}: ${describeFailure(error)}`);
    } finally {
      onBusy(false);
    }
  };

  return (
    <>
      <h2>Import</h2>
      <p>Add the items of a PolicyDesk library file (JSON). Nothing is added unless the whole file is valid.</p>
      <button type="button" className="button" disabled={disabled} onClick={() => void importFile()}>
        Import a library file…
      </button>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
