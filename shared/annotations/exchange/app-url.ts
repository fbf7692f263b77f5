import type { ItemKind } from '../../domain/entities';
import { itemKinds, kindOfCollection } from '../../domain/item-kinds';
import { BUNDLE_COLLECTIONS, type BundleCollection } from '../../domain/library-bundle';

/**
 * PolicyDesk's own URL scheme, `policydesk://<collection>/<itemId>?annotation=<id>`, stated
 * once here. Exports carry it as the link back to a passage; a host can register the scheme
 * later (Electron: app.setAsDefaultProtocolClient) and route it to the same hash path.
 */
export const APP_URL_SCHEME = 'policydesk';

/** encodeURIComponent leaves !'()* alone; a ")" would end a Markdown link early. */
function encodePart(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/gu, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function itemAppUrl(kind: ItemKind, itemId: string): string {
  return `${APP_URL_SCHEME}://${itemKinds[kind].collection}/${encodePart(itemId)}`;
}

export function annotationAppUrl(kind: ItemKind, itemId: string, annotationId: string): string {
  return `${itemAppUrl(kind, itemId)}?annotation=${encodePart(annotationId)}`;
}

export interface AppUrlParts {
  kind: ItemKind;
  itemId: string;
  annotationId: string | null;
}

const APP_URL = new RegExp(`^${APP_URL_SCHEME}://([a-z]+)/([^/?#]+)(?:\\?annotation=([^&#]+))?$`, 'u');

/** The item (and annotation) an app URL names; null for anything else, including malformed escapes. */
export function parseAppUrl(url: string): AppUrlParts | null {
  const match = APP_URL.exec(url);
  if (!match) return null;
  const [, collection = '', itemId = '', annotationId] = match;
  if (!(BUNDLE_COLLECTIONS as readonly string[]).includes(collection)) return null;
  try {
    return {
      kind: kindOfCollection(collection as BundleCollection),
      itemId: decodeURIComponent(itemId),
      annotationId: annotationId === undefined ? null : decodeURIComponent(annotationId),
    };
  } catch {
    return null;
  }
}
