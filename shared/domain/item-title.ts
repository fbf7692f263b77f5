import type { ItemKind } from './entities';
import type { FieldsOf } from './item-kinds';

/** The one-line name of an item, wherever it is listed, linked or printed. */
export function itemTitle(kind: ItemKind, item: FieldsOf<ItemKind>): string {
  switch (kind) {
    case 'policy':
    case 'plan':
      return (item as FieldsOf<'policy'>).title;
    case 'target':
      return (item as FieldsOf<'target'>).statement;
    case 'observation': {
      const observation = item as FieldsOf<'observation'>;
      const subject = observation.subject ? ` (${observation.subject})` : '';
      return `${observation.indicator}${subject}, ${observation.year}`;
    }
    case 'organisation': {
      const organisation = item as FieldsOf<'organisation'>;
      return organisation.abbreviation ? `${organisation.name} (${organisation.abbreviation})` : organisation.name;
    }
  }
}

/** The item's name in Chinese, where the library has one. */
export function itemTitleZh(kind: ItemKind, item: FieldsOf<ItemKind>): string | null {
  switch (kind) {
    case 'policy':
    case 'plan':
      return (item as FieldsOf<'policy'>).titleZh;
    case 'target':
      return (item as FieldsOf<'target'>).statementZh;
    case 'organisation':
      return (item as FieldsOf<'organisation'>).nameZh;
    case 'observation':
      return null;
  }
}
