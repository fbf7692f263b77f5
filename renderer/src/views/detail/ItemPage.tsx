import { Link, useNavigate } from 'react-router';
import type { ItemKind } from '../../../../shared/domain/entities';
import { itemKinds } from '../../../../shared/domain/item-kinds';
import type { StoredItem } from '../../../../shared/domain/records';
import { useToasts } from '../../components/Toasts';
import { useRunAction } from '../../components/useRunAction';
import { actions } from '../../data/actions';
import { useItem, useRelated } from '../../data/hooks';
import { itemTitle } from '../../../../shared/domain/item-title';
import { editPath, itemPath } from '../../routes/paths';
import { CitationBlock } from './CitationBlock';
import { ItemFacts } from './ItemFacts';
import { RelatedLists } from './RelatedLists';
import { TargetSections } from '../target/TargetSections';
import { ItemNotes } from '../reading/ItemNotes';
import { PolicyReading } from '../reading/PolicyReading';

/** An item's page: its titles, fields, links, text and citation, with edit and delete. */
export function ItemPage({ kind, id }: { kind: ItemKind; id: string }) {
  const item = useItem(kind, id);
  const related = useRelated(kind, id);
  const navigate = useNavigate();
  const toasts = useToasts();
  const run = useRunAction();
  const meta = itemKinds[kind];

  if (item === undefined) return <p className="muted">Loading…</p>;
  if (item === null) {
    return (
      <section>
        <h1>Not found</h1>
        <p>
          No {meta.label.toLowerCase()} has the id <code>{id}</code>.{' '}
          <Link to={`/${meta.collection}`}>Back to {meta.plural.toLowerCase()}</Link>
        </p>
      </section>
    );
  }

  const title = itemTitle(kind, item);
  const moveToTrash = async () => {
    const outcome = await run(() => actions.trash(kind, id), 'Could not move it to the trash');
    if (!outcome.ok) return;
    const dependants = outcome.value;
    void navigate(`/${meta.collection}`);
    const still =
      dependants === 0 ? '' : ` ${dependants} item${dependants === 1 ? '' : 's'} still link${dependants === 1 ? 's' : ''} to it.`;
    toasts.show(`Moved “${title}” to the trash.${still}`, {
      label: 'Undo',
      run: async () => {
        if ((await run(() => actions.restore(kind, id), 'Could not restore it')).ok) void navigate(itemPath(kind, id));
      },
    });
  };

  return (
    <article className="item-page" aria-labelledby="item-title">
      <nav className="breadcrumbs" aria-label="Breadcrumbs">
        <Link to={`/${meta.collection}`}>{meta.plural}</Link>
      </nav>
      {item.deletedAt !== null && (
        <p className="notice" role="note">
          This {meta.label.toLowerCase()} is in the trash.{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => void run(() => actions.restore(kind, id), 'Could not restore it')}
          >
            Restore it
          </button>
        </p>
      )}
      <header className="item-header">
        <p className="kind-label">{meta.label}</p>
        <h1 id="item-title">{title}</h1>
        <ChineseTitle kind={kind} item={item} />
        <div className="item-actions">
          <Link className="button" to={editPath(kind, id)}>
            Edit
          </Link>
          {item.deletedAt === null && (
            <button type="button" className="button danger" onClick={() => void moveToTrash()}>
              Move to trash
            </button>
          )}
        </div>
      </header>
      <div className="item-body">
        <div className="item-main">
          <ItemFacts kind={kind} item={item} />
          {kind === 'target' && <TargetSections target={item as StoredItem<'target'>} />}
          <Prose kind={kind} item={item} />
          <ItemNotes kind={kind} id={id} />
          {related && (
            <RelatedLists sections={kind === 'target' ? related.filter((section) => section.kind !== 'observation') : related} />
          )}
        </div>
        <CitationBlock citation={item.citation} />
      </div>
    </article>
  );
}

function ChineseTitle({ kind, item }: { kind: ItemKind; item: StoredItem<ItemKind> }) {
  const zh =
    kind === 'organisation'
      ? (item as StoredItem<'organisation'>).nameZh
      : kind === 'target'
        ? (item as StoredItem<'target'>).statementZh
        : kind === 'policy' || kind === 'plan'
          ? (item as StoredItem<'policy'>).titleZh
          : null;
  return zh ? (
    <p className="title-zh" lang="zh">
      {zh}
    </p>
  ) : null;
}

function Prose({ kind, item }: { kind: ItemKind; item: StoredItem<ItemKind> }) {
  const summary =
    kind === 'organisation'
      ? (item as StoredItem<'organisation'>).description
      : kind === 'policy' || kind === 'plan'
        ? (item as StoredItem<'plan'>).summary
        : '';
  return (
    <>
      {summary && <p className="summary">{summary}</p>}
      {/* A policy's text, with its highlights and the highlights that lost their passage. */}
      {kind === 'policy' && <PolicyReading policyId={item.id} text={(item as StoredItem<'policy'>).text} />}
    </>
  );
}
