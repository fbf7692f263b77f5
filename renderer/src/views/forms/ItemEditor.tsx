import { useMemo } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import { useToasts } from '../../components/Toasts';
import { actions } from '../../data/actions';
import { useItem } from '../../data/hooks';
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
          toasts.show(`Created the ${meta.label.toLowerCase()}.`);
          void navigate(returnTo ?? itemPath(kind, created.id));
        }}
      />
    </section>
  );
}

/** The page that edits an existing item. */
export function EditItemPage({ kind, id }: { kind: ItemKind; id: string }) {
  const item = useItem(kind, id);
  const navigate = useNavigate();
  const toasts = useToasts();
  const meta = itemKinds[kind];
  if (item === undefined) return <p className="muted">Loading…</p>;
  if (item === null)
    return (
      <p>
        No {meta.label.toLowerCase()} has the id {id}.
      </p>
    );
  const specs = allFieldsOf(kind);
  return (
    <section className="editor-page">
      <h1>Edit {meta.label.toLowerCase()}</h1>
      <ItemForm
        kind={kind}
        initial={toFormValues(item, specs)}
        submitLabel="Save changes"
        onCancel={() => void navigate(itemPath(kind, id))}
        onSubmit={async (input) => {
          await actions.update(kind, id, input);
          toasts.show('Saved.');
          void navigate(itemPath(kind, id));
        }}
      />
    </section>
  );
}
