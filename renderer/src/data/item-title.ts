import type { ItemKind } from '../../../shared/domain/entities';
import type { FieldsOf } from '../../../shared/domain/item-kinds';

/** The one-line name of an item, wherever it is listed or linked. */
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
