import { describe, expect, it } from 'vitest';
import { annotationAppUrl, itemAppUrl, parseAppUrl } from './app-url';

describe('the policydesk:// URL', () => {
  it('names the collection, the item and the annotation', () => {
    expect(annotationAppUrl('policy', 'pol-a', 'ann-1')).toBe('policydesk://policies/pol-a?annotation=ann-1');
    expect(itemAppUrl('organisation', 'org-cast')).toBe('policydesk://organisations/org-cast');
  });

  it('escapes characters that would end a Markdown link or split the URL', () => {
    const url = annotationAppUrl('plan', 'pln (2021)/x', 'ann?&=1');
    expect(url).toBe('policydesk://plans/pln%20%282021%29%2Fx?annotation=ann%3F%26%3D1');
    expect(parseAppUrl(url)).toEqual({ kind: 'plan', itemId: 'pln (2021)/x', annotationId: 'ann?&=1' });
  });

  it('reads back an item URL without an annotation', () => {
    expect(parseAppUrl('policydesk://targets/tgt-1')).toEqual({ kind: 'target', itemId: 'tgt-1', annotationId: null });
  });

  it('refuses other schemes, unknown collections and broken escapes', () => {
    expect(parseAppUrl('https://example.org/policies/pol-a')).toBeNull();
    expect(parseAppUrl('policydesk://briefings/b-1')).toBeNull();
    expect(parseAppUrl('policydesk://policies/%E0%A4%A')).toBeNull();
  });
});
