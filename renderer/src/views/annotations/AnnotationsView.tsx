import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { DataTable } from '../../components/data-table/DataTable';
import { useAllAnnotations, useAnnotatedItems, useTags } from '../../data/hooks';
import { useTablePrefs } from '../library/useTablePrefs';
import { workspaceColumns, workspaceDefaults, workspaceGroups } from './columns';
import { ExportPanel } from './ExportPanel';
import { ImportReportView } from './ImportReportView';
import { annotationPath } from './paths';
import { CheckedProvider } from './selection';
import { useAnnotationImport } from './useAnnotationImport';
import { buildWorkspaceRows, type WorkspaceRow } from './workspace-rows';

/**
 * Every annotation in the library in one table: filter by text, tag, item kind, author, date
 * and passage state; open a row to jump to its passage; export what the filters show (or the
 * checked rows); import W3C JSON-LD.
 */
export function AnnotationsView() {
  const annotations = useAllAnnotations();
  const tags = useTags();
  const items = useAnnotatedItems(annotations);
  const navigate = useNavigate();
  const { prefs, save } = useTablePrefs('annotations', workspaceDefaults);
  const importer = useAnnotationImport();

  const rows = useMemo(
    () => (annotations && tags && items ? buildWorkspaceRows(annotations, tags, items) : undefined),
    [annotations, tags, items],
  );
  const [shown, setShown] = useState<readonly WorkspaceRow[]>([]);
  const [checkedIds, setCheckedIds] = useState<ReadonlySet<string>>(new Set());
  const toggle = useCallback(
    (id: string) =>
      setCheckedIds((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );
  const checked = useMemo(() => rows?.filter((row) => checkedIds.has(row.id)) ?? [], [rows, checkedIds]);
  const checkedContext = useMemo(() => ({ ids: checkedIds, toggle }), [checkedIds, toggle]);
  const open = useCallback(
    (row: WorkspaceRow) => void navigate(annotationPath(row.annotation.itemKind, row.annotation.itemId, row.id)),
    [navigate],
  );

  return (
    <section className="library-view annotations-view" aria-labelledby="view-title">
      <header className="view-header">
        <h1 id="view-title">Annotations</h1>
        <button type="button" className="button" disabled={importer.busy} onClick={() => void importer.importFile()}>
          Import W3C JSON-LD…
        </button>
      </header>
      {importer.outcome && <ImportReportView outcome={importer.outcome} onDismiss={importer.dismiss} />}
      {rows === undefined || prefs === undefined ? (
        <p className="muted">Loading…</p>
      ) : (
        <CheckedProvider value={checkedContext}>
          <DataTable
            viewId="annotations"
            data={rows}
            columns={workspaceColumns}
            noun={{ singular: 'annotation', plural: 'annotations' }}
            groupOptions={workspaceGroups}
            initialPrefs={prefs}
            defaultPrefs={workspaceDefaults}
            onPrefsChange={save}
            onOpen={open}
            onShownRowsChange={setShown}
          />
          <ExportPanel
            shown={shown}
            checked={checked}
            onCheckShown={() => setCheckedIds(new Set([...checkedIds, ...shown.map((row) => row.id)]))}
            onUncheckAll={() => setCheckedIds(new Set())}
          />
        </CheckedProvider>
      )}
    </section>
  );
}
