import { useState } from 'react';
import { actions } from '../../data/actions';
import { describeFailure } from '../../data/failures';
import { getHost } from '../../host';

export type ImportReport = Awaited<ReturnType<typeof actions.importAnnotations>>;
export type ImportOutcome = { file: string; report: ImportReport } | { file: string; problem: string };

/** Asks for a W3C JSON-LD file and imports it; the outcome stays until dismissed. */
export function useAnnotationImport() {
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [busy, setBusy] = useState(false);

  const importFile = async () => {
    let file;
    try {
      file = await getHost()['file.open']({ filters: [{ name: 'W3C Web Annotation JSON-LD', extensions: ['jsonld', 'json'] }] });
    } catch (error) {
      setOutcome({ file: 'The file', problem: `It could not be read: ${describeFailure(error)}` });
      return;
    }
    if (!file) return;
    setBusy(true);
    try {
      setOutcome({ file: file.name, report: await actions.importAnnotations(file.content) });
    } catch (error) {
      setOutcome({ file: file.name, problem: `Nothing was imported: ${describeFailure(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return { importFile, busy, outcome, dismiss: () => setOutcome(null) };
}
