import { useMemo, useRef, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { useItem } from '../../data/hooks';
import { StaleRevisionError } from '../../data/write/write-errors';
import type { StoredItem } from '../../../../shared/domain/records';
import { useRunAction } from '../../components/useRunAction';
import { type Conflict, ConflictPanel } from './ConflictPanel';
import { describeSaveReport } from './save-report';
import { itemPath } from '../../routes/paths';
import { allFieldsOf, newItemDefaults } from './field-specs';
import { toFormValues } from './form-values';
import { ItemForm } from './ItemForm';

/** The page that creates a new item of a kind. */
export function NewItemPage({ kind }: { kind: ItemKind }) {
  const navigate = useNavigate();
  const toasts = useToasts();
  const meta = itemKinds[kind];
  const [searchParams] = useSearchParams();
  // Where the form was opened from (a target's "Add observation"), when that is a page of the app.
  const returnTo = searchParams.get('returnTo')?.startsWith('/') ? searchParams.get('returnTo') : null;
  const initial = useMemo(() => {
    const specs = allFieldsOf(kind);
    // Links such as "Add observation" on a target pass its id, metric and unit to prefill.
    const prefill = Object.fromEntries(
      specs
        .filter((spec) => spec.type !== 'links' && searchParams.has(spec.name))
        .map((spec) => [spec.name, searchParams.get(spec.name) ?? '']),
    );
    return { ...toFormValues({}, specs), ...newItemDefaults[kind], ...prefill };
  }, [kind, searchParams]);
  return (
    <section className="editor-page">
      <h1>New {meta.label.toLowerCase()}</h1>
      <ItemForm
        kind={kind}
        initial={initial}
        submitLabel={`Create ${meta.label.toLowerCase()}`}
        onCancel={() => void navigate(returnTo ?? `/${meta.collection}`)}
        onSubmit={async (input) => {
          const created = await actions.create(kind, input);
          toasts.show(`Created the ${meta.label.toLowerCase()}. ${describeSaveReport(created.report)}`.trim());
          void navigate(returnTo ?? itemPath(kind, created.record.id));
        }}
      />
    </section>
  );
}

/** The page that edits an existing item. */
export function EditItemPage({ kind, id }: { kind: ItemKind; id: string }) {
  const item = useItem(kind, id);
  const meta = itemKinds[kind];
  if (item === undefined) return <p className="muted">Loading…</p>;
  if (item === null)
    return (
      <p>
        No {meta.label.toLowerCase()} has the id {id}.
      </p>
    );
  return <EditItemForm kind={kind} latest={item} />;
}

function EditItemForm<K extends ItemKind>({ kind, latest }: { kind: K; latest: StoredItem<K> }) {
  // The item as the form opened it: later saves elsewhere must not reset what is being typed.
  const [opened, setOpened] = useState(latest);
  const onReload = () => setOpened(latest);
  const navigate = useNavigate();
  const toasts = useToasts();
  const run = useRunAction();
  const meta = itemKinds[kind];
  const specs = allFieldsOf(kind);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const leaving = useRef(false);

  const save = async (input: Record<string, unknown>, baseRevision: number) => {
    const { report } = await actions.update(kind, opened.id, input, baseRevision);
    // The item's page, shown next, lists any highlight that needs attention under its text.
    toasts.show(`Saved. ${describeSaveReport(report)}`.trim());
    leaving.current = true;
    void navigate(itemPath(kind, opened.id));
  };

  return (
    <section className="editor-page">
      <h1>Edit {meta.label.toLowerCase()}</h1>
      {conflict && (
        <ConflictPanel
          specs={specs}
          opened={opened}
          conflict={conflict}
          onReload={() => {
            setConflict(null);
            onReload();
          }}
          onSave={(input, baseRevision) => {
            void run(async () => {
              try {
                await save(input, baseRevision);
              } catch (error) {
                // Changed yet again meanwhile: show the newest state.
                if (error instanceof StaleRevisionError) setConflict({ current: error.current, mine: input });
                else throw error;
              }
            }, 'Nothing was saved');
          }}
        />
      )}
      <ItemForm
        // A reload starts the form again from the item as it is now.
        key={opened.revision}
        kind={kind}
        initial={toFormValues(opened, specs)}
        submitLabel="Save changes"
        onCancel={() => void navigate(itemPath(kind, opened.id))}
        leaving={leaving}
        onSubmit={async (input) => {
          try {
            await save(input, opened.revision);
          } catch (error) {
            if (error instanceof StaleRevisionError) setConflict({ current: error.current, mine: input });
            throw error;
          }
        }}
      />
    </section>
  );
}
