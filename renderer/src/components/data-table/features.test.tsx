// @vitest-environment happy-dom
import {
  type ColumnFiltersState,
  createColumnHelper,
  createFacetedRowModel,
  createFilteredRowModel,
  createSortedRowModel,
  type GroupingState,
  type ReactTable,
  type SortingState,
  tableFeatures,
  useTable,
} from '@tanstack/react-table';
import { act, useLayoutEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { afterAll, describe, expect, it } from 'vitest';
import { FILTER_FN_OF, type LibraryColumnMeta, libraryTableFeatures, type LibraryTableFeatures } from './features';
import { createGlobalSearch } from './global-search';

/**
 * The library tables sort, filter and facet with their own row models (see features.ts),
 * which redo less work per keystroke. These tests hold them to TanStack's stock row models:
 * the same rows, in the same order, for every state a table goes through.
 */

interface Item {
  id: string;
  title: string;
  zh: string;
  kind: string;
  owners: string[];
  year: number | undefined;
  value: number | undefined;
  /** Numbered, except in the first ten rows: see the test of TanStack's "auto" sort function. */
  label: string;
}

const WORDS = ['open', 'science', 'journal', 'Research', 'talent', 'basic', 'SPACE', 'marine'];
const ZH = ['人工智能', '科技期刊', '基础研究', '开放科学', '国际科技组织'];
const KINDS = ['plan', 'opinion', 'guideline', ''];
const OWNERS = ['MOST', 'MOE', 'CAS', 'CAST'];

function items(count: number): Item[] {
  let seed = 7;
  const next = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const pick = <T,>(from: readonly T[]) => from[Math.floor(next() * from.length)] as T;
  return Array.from({ length: count }, (_, index) => ({
    id: `item-${index}`,
    title: `${pick(WORDS)} ${pick(WORDS)} ${index % 17}`,
    zh: next() < 0.2 ? '' : `关于${pick(ZH)}的${pick(ZH)}`,
    kind: pick(KINDS),
    owners: OWNERS.filter(() => next() < 0.4),
    // Repeated values and gaps, so ties and empty values are sorted too.
    year: next() < 0.15 ? undefined : 2000 + Math.floor(next() * 30),
    value: next() < 0.2 ? undefined : Math.round(next() * 1000) / 10,
    label: index < 10 ? `section ${WORDS[index % WORDS.length]}` : `section ${index % 23}`,
  }));
}

const helper = createColumnHelper<LibraryTableFeatures, Item>();
const meta = (label: string, filter: LibraryColumnMeta['filter']): LibraryColumnMeta => ({ label, filter });
const columns = helper.columns([
  helper.accessor('title', { header: 'Title', meta: meta('Title', 'text'), filterFn: FILTER_FN_OF.text }),
  helper.accessor('zh', { header: 'Chinese', meta: meta('Chinese', 'text'), filterFn: FILTER_FN_OF.text }),
  helper.accessor('kind', { header: 'Kind', meta: meta('Kind', 'set'), filterFn: FILTER_FN_OF.set }),
  helper.accessor('owners', {
    header: 'Owners',
    getGroupingValue: (row) => row.owners.join(', '),
    meta: meta('Owners', 'set'),
    filterFn: FILTER_FN_OF.set,
  }),
  helper.accessor('year', {
    header: 'Year',
    sortUndefined: 'last',
    meta: meta('Year', 'year-range'),
    filterFn: FILTER_FN_OF['year-range'],
  }),
  helper.accessor('label', { header: 'Label', meta: { label: 'Label' } }),
  helper.accessor('value', {
    header: 'Value',
    sortUndefined: 'first',
    invertSorting: true,
    meta: meta('Value', 'number-range'),
    filterFn: FILTER_FN_OF['number-range'],
  }),
]);

const stockFeatures = tableFeatures({
  ...libraryTableFeatures,
  filteredRowModel: createFilteredRowModel(),
  sortedRowModel: createSortedRowModel(),
  facetedRowModel: createFacetedRowModel(),
});

interface State {
  sorting: SortingState;
  columnFilters: ColumnFiltersState;
  globalFilter: string;
  grouping: GroupingState;
}

type AnyTable = ReactTable<LibraryTableFeatures, Item, unknown>;
const search = createGlobalSearch<LibraryTableFeatures, Item>();

function Tables({ state, data, onRender }: { state: State; data: Item[]; onRender: (ours: AnyTable, stock: AnyTable) => void }) {
  const options = {
    columns,
    data,
    getRowId: (row: Item) => row.id,
    state: { ...state, expanded: true as const },
    // As DataTable does: the search covers the free-text columns.
    getColumnCanGlobalFilter: (column: { columnDef: { meta?: unknown } }) =>
      (column.columnDef.meta as LibraryColumnMeta | undefined)?.filter === 'text',
    groupedColumnMode: false as const,
    autoResetExpanded: false,
  };
  const ours = useTable({ ...options, features: libraryTableFeatures, globalFilterFn: search });
  const stock = useTable({ ...options, features: stockFeatures, globalFilterFn: 'includesString' });
  useLayoutEffect(() => {
    onRender(ours as unknown as AnyTable, stock as unknown as AnyTable);
  });
  return null;
}

// Tells React that act() is in use here.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const root = createRoot(document.createElement('div'));
afterAll(() => act(() => root.unmount()));
async function show(state: State, data: Item[]) {
  const tables: { ours?: AnyTable; stock?: AnyTable } = {};
  const onRender = (ours: AnyTable, stock: AnyTable) => {
    Object.assign(tables, { ours, stock });
  };
  await act(async () => root.render(<Tables state={state} data={data} onRender={onRender} />));
  const { ours, stock } = tables;
  if (!ours || !stock) throw new Error('The tables did not render');
  return { ours, stock };
}

const shown = (table: AnyTable) =>
  table.getRowModel().rows.map((row) => `${row.depth}:${row.id}${row.getIsGrouped() ? `(${row.getLeafRows().length})` : ''}`);
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id);

async function expectSame(state: State, data = DATA) {
  const { ours, stock } = await show(state, data);
  expect(shown(ours)).toEqual(shown(stock));
  expect(ids(ours.getFilteredRowModel().rows)).toEqual(ids(stock.getFilteredRowModel().rows));
  for (const column of ours.getAllLeafColumns()) {
    const stockColumn = stock.getColumn(column.id);
    expect(ids(column.getFacetedRowModel().flatRows), column.id).toEqual(ids(stockColumn?.getFacetedRowModel().flatRows ?? []));
    expect(column.getFacetedMinMaxValues(), column.id).toEqual(stockColumn?.getFacetedMinMaxValues());
  }
  return ours;
}

const DATA = items(400);
const NONE: State = { sorting: [], columnFilters: [], globalFilter: '', grouping: [] };

describe('the library row models', () => {
  it('show the rows of the stock row models while a search is typed and rubbed out', async () => {
    const sorting: SortingState = [{ id: 'title', desc: false }];
    for (const globalFilter of [
      's',
      'sc',
      'sci',
      'scie',
      'sci',
      'sc',
      's',
      '',
      '科',
      '科技',
      '科',
      '',
      'SPACE 1',
      'space 1',
      '',
    ]) {
      await expectSame({ ...NONE, sorting, globalFilter });
    }
  });

  it('agree for every sorting, alone and after another, both ways', async () => {
    for (const id of ['title', 'zh', 'kind', 'owners', 'year', 'value']) {
      for (const desc of [false, true]) {
        await expectSame({ ...NONE, sorting: [{ id, desc }] });
        await expectSame({
          ...NONE,
          sorting: [
            { id: 'kind', desc: !desc },
            { id, desc },
          ],
          globalFilter: 'o',
        });
      }
    }
  });

  it('agree when the sort function TanStack picks changes with the rows the filters let through', async () => {
    // TanStack's "auto" sort function for a text column is "alphanumeric" when one of the
    // first ten rows shown has a number in it, "text" otherwise; they order "section 10" and
    // "section 9" differently.
    const sorting: SortingState = [{ id: 'label', desc: false }];
    for (const columnFilters of [[], [{ id: 'year', value: [2015, null] }], [], [{ id: 'year', value: [2015, null] }]]) {
      await expectSame({ ...NONE, sorting, columnFilters });
    }
  });

  it('agree as column filters are set, changed and cleared, with a search', async () => {
    const sorting: SortingState = [{ id: 'year', desc: true }];
    const steps: ColumnFiltersState[] = [
      [{ id: 'year', value: [2010, null] }],
      [{ id: 'year', value: [2010, 2020] }],
      [
        { id: 'year', value: [2010, 2020] },
        { id: 'kind', value: ['plan', 'opinion'] },
      ],
      [
        { id: 'year', value: [2010, 2020] },
        { id: 'kind', value: ['plan', 'opinion'] },
        { id: 'owners', value: ['CAS'] },
      ],
      [
        { id: 'kind', value: ['plan', 'opinion'] },
        { id: 'owners', value: ['CAS'] },
        { id: 'title', value: 'OPEN' },
      ],
      [{ id: 'value', value: [null, 50] }],
      [],
    ];
    for (const columnFilters of steps) {
      await expectSame({ ...NONE, sorting, columnFilters });
      await expectSame({ ...NONE, sorting, columnFilters, globalFilter: 'r' });
    }
  });

  it('agree with grouped rows', async () => {
    for (const grouping of [['kind'], ['year'], ['owners']]) {
      await expectSame({ ...NONE, grouping, sorting: [{ id: 'title', desc: false }] });
      await expectSame({
        ...NONE,
        grouping,
        sorting: [{ id: 'value', desc: true }],
        columnFilters: [{ id: 'year', value: [2005, null] }],
        globalFilter: 'a',
      });
    }
  });

  it('sort and filter new data', async () => {
    const state: State = { ...NONE, sorting: [{ id: 'title', desc: false }], globalFilter: 'sc' };
    await expectSame(state);
    // A new array, as the library hands the table after any change.
    const changed = [...DATA.slice(50), ...items(40).map((item) => ({ ...item, id: `new-${item.id}` }))];
    await expectSame(state, changed);
    await expectSame({ ...state, globalFilter: 'sci' }, changed);
  });
});
