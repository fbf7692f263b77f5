import { createHashRouter, Navigate, useParams } from 'react-router';
import { ITEM_KINDS, type ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';
import { AppLayout } from '../shell/AppLayout';
import { ItemPage } from '../views/detail/ItemPage';
import { EditItemPage, NewItemPage } from '../views/forms/ItemEditor';
import { AboutView } from '../views/about/AboutView';
import { LibraryView } from '../views/library/LibraryView';
import { TrashView } from '../views/trash/TrashView';
import { DashboardView } from '../views/dashboard/DashboardView';
import { TimelineView } from '../views/timeline/TimelineView';
import { AnnotationsView } from '../views/annotations/AnnotationsView';
import { TagsView } from '../views/tags/TagsView';
import { BriefingsView } from '../views/briefings/BriefingsView';
import { BriefingComposerPage } from '../views/briefings/composer/BriefingComposerPage';

function ItemRoute({ kind, mode }: { kind: ItemKind; mode: 'view' | 'edit' }) {
  const { id = '' } = useParams();
  // The key remounts the page when moving between items of one kind.
  return mode === 'edit' ? <EditItemPage key={id} kind={kind} id={id} /> : <ItemPage key={id} kind={kind} id={id} />;
}

function BriefingRoute() {
  const { id = '' } = useParams();
  return <BriefingComposerPage key={id} id={id} />;
}

/** Hash routes, so the same URLs work from a file in Electron and from the browser host. */
export function createAppRouter() {
  return createHashRouter([
    {
      element: <AppLayout />,
      children: [
        { index: true, element: <DashboardView /> },
        { path: '/timeline', element: <TimelineView /> },
        ...ITEM_KINDS.flatMap((kind) => {
          const base = `/${itemKinds[kind].collection}`;
          return [
            { path: base, element: <LibraryView key={kind} kind={kind} /> },
            { path: `${base}/new`, element: <NewItemPage key={`new-${kind}`} kind={kind} /> },
            { path: `${base}/:id`, element: <ItemRoute kind={kind} mode="view" /> },
            { path: `${base}/:id/edit`, element: <ItemRoute kind={kind} mode="edit" /> },
          ];
        }),
        { path: '/briefings', element: <BriefingsView /> },
        { path: '/briefings/:id', element: <BriefingRoute /> },
        { path: '/annotations', element: <AnnotationsView /> },
        { path: '/tags', element: <TagsView /> },
        { path: '/trash', element: <TrashView /> },
        { path: '/about', element: <AboutView /> },
        // An unknown address (an old bookmark, a mistyped link) lands on the home page.
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
