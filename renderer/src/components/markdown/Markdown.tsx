import { useMemo } from 'react';
import { renderMarkdown } from './render-markdown';

/**
 * An analyst's Markdown, rendered safely (see render-markdown.ts for what is removed and why).
 * The HTML set here has been through DOMPurify; nothing else is ever set as HTML.
 */
export function Markdown({ source, className }: { source: string; className?: string }) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  return <div className={className ? `markdown ${className}` : 'markdown'} dangerouslySetInnerHTML={{ __html: html }} />;
}
