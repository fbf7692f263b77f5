import { lazy, type ReactNode, Suspense } from 'react';
import { createHashRouter, Navigate, useParams } from 'react-router';
import { ITEM_KINDS, type ItemKind } from '../../../shared/domain/entities';
import { itemKinds } from '../../../shared/domain/item-kinds';
import { AppLayout } from '../shell/AppLayout';
import { DashboardView } from '../views/dashboard/DashboardView';

/*
 * Each view's code is a chunk of its own, fetched the first time the view is shown. The shell
 * and the dashboard (the home page) are in the main script, so the app opens without waiting
 * for a second one.
 */
const TimelineView = lazy(() => import('../views/timeline/TimelineView').then((module) => ({ default: module.TimelineView })));
const LibraryView = lazy(() => import('../views/library/LibraryView').then((module) => ({ default: module.LibraryView })));
const ItemPage = lazy(() => import('../views/detail/ItemPage').then((module) => ({ default: module.ItemPage })));
const NewItemPage = lazy(() => import('../views/forms/ItemEditor').then((module) => ({ default: module.NewItemPage })));
const EditItemPage = lazy(() => import('../views/forms/ItemEditor').then((module) => ({ default: module.EditItemPage })));
const BriefingsView = lazy(() =>
  import('../views/briefings/BriefingsView').then((module) => ({ default: module.BriefingsView })),
);
const BriefingComposerPage = lazy(() =>
  import('../views/briefings/composer/BriefingComposerPage').then((module) => ({ default: module.BriefingComposerPage })),
);
const AnnotationsView = lazy(() =>
  import('../views/annotations/AnnotationsView').then((module) => ({ default: module.AnnotationsView })),
);
const TagsView = lazy(() => import('../views/tags/TagsView').then((module) => ({ default: module.TagsView })));
const TrashView = lazy(() => import('../views/trash/TrashView').then((module) => ({ default: module.TrashView })));
const AboutView = lazy(() => import('../views/about/AboutView').then((module) => ({ default: module.AboutView })));

/**
 * A route whose view has a Suspense boundary of its own, showing a line while the view's code
 * loads (from disk, so briefly). One boundary per route, so a navigation shows the new page at
 * once: a boundary already on screen would keep the old page up during the navigation.
 */
const route = (path: string, view: ReactNode) => ({
  path,
  element: (
    <Suspense key={path} fallback={<p className="muted">Loading…</p>}>
      {view}
    </Suspense>
  ),
});

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
        route('/timeline', <TimelineView />),
        ...ITEM_KINDS.flatMap((kind) => {
          const base = `/${itemKinds[kind].collection}`;
          return [
            route(base, <LibraryView key={kind} kind={kind} />),
            route(`${base}/new`, <NewItemPage key={`new-${kind}`} kind={kind} />),
            route(`${base}/:id`, <ItemRoute kind={kind} mode="view" />),
            route(`${base}/:id/edit`, <ItemRoute kind={kind} mode="edit" />),
          ];
        }),
        route('/briefings', <BriefingsView />),
        route('/briefings/:id', <BriefingRoute />),
        route('/annotations', <AnnotationsView />),
        route('/tags', <TagsView />),
        route('/trash', <TrashView />),
        route('/about', <AboutView />),
        // An unknown address (an old bookmark, a mistyped link) lands on the home page.
        { path: '*', element: <Navigate to="/" replace /> },
      ],
    },
  ]);
}
