import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import MarkdownIt from 'markdown-it';

/**
 * An analyst's comment, from Markdown to HTML that is safe to put in the page.
 *
 * Two fences, because either alone has failed somewhere before: markdown-it runs with raw HTML
 * off (a typed `<script>` comes out as text), then DOMPurify removes whatever a parser bug might
 * still let through (scripts, event handlers, iframes, forms, styles).
 *
 * What the page may not do, and what we do instead:
 * - Load anything from the network (the workstation is offline, and a remote image is a
 *   tracking beacon): an image shows only when it is a data: URI; any other image becomes its
 *   alt text in brackets.
 * - Open a web page inside the app window: a link to the outside world is rendered as plain,
 *   selectable text with its address shown, so the analyst can copy it into a browser. Only
 *   links inside the app (`#/…`, the hash router's addresses, as exports write them) stay links.
 */

/** Images PolicyDesk will draw: inline raster data only (SVG may carry script of its own). */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif);/iu;
/** An address inside the app, handled by the hash router. */
const IN_APP = /^#\//u;

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false, breaks: true });

markdown.renderer.rules.image = (tokens, index) => {
  const token = tokens[index]!;
  const src = String(token.attrGet('src') ?? '');
  const alt = markdown.utils.escapeHtml(token.content);
  if (!DATA_IMAGE.test(src)) return `<span class="md-image-removed">[image: ${alt || 'no description'}]</span>`;
  return `<img src="${markdown.utils.escapeHtml(src)}" alt="${alt}">`;
};

/** Nothing in a comment may run, load, submit or restyle the page; markdown-it never makes these. */
const FORBIDDEN_TAGS = [
  ...['script', 'style', 'link', 'meta', 'base', 'iframe', 'frame', 'object', 'embed'],
  ...['form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'video', 'audio', 'source', 'picture'],
];

let purifier: Purifier | undefined;

/** A purifier of our own, so our settings never change anyone else's DOMPurify. */
function getPurifier(): Purifier {
  purifier ??= DOMPurify(window);
  return purifier;
}

/** Links out become text with the address; in-app links stay, never opening a new window. */
function rewriteLinks(root: DocumentFragment): void {
  for (const link of [...root.querySelectorAll('a')]) {
    const href = link.getAttribute('href') ?? '';
    if (IN_APP.test(href)) {
      link.setAttribute('rel', 'noreferrer noopener');
      link.removeAttribute('target');
      continue;
    }
    const span = root.ownerDocument.createElement('span');
    span.className = 'md-link';
    span.title = 'Links open outside PolicyDesk: copy the address into a browser';
    const label = link.textContent ?? '';
    span.append(...link.childNodes);
    if (href !== '' && label.trim() !== href) {
      const url = root.ownerDocument.createElement('span');
      url.className = 'md-url';
      url.textContent = ` <${href}>`;
      span.append(url);
    }
    link.replaceWith(span);
  }
}

/** Any image that is not inline data goes, whatever produced it. */
function dropRemoteImages(root: DocumentFragment): void {
  for (const image of [...root.querySelectorAll('img')]) {
    if (DATA_IMAGE.test(image.getAttribute('src') ?? '')) continue;
    const span = root.ownerDocument.createElement('span');
    span.className = 'md-image-removed';
    span.textContent = `[image: ${image.getAttribute('alt') || 'no description'}]`;
    image.replaceWith(span);
  }
  for (const element of [...root.querySelectorAll('[srcset]')]) element.removeAttribute('srcset');
}

/** Markdown source → sanitised HTML. Needs a DOM (the renderer's window, or happy-dom in tests). */
export function renderMarkdown(source: string): string {
  const fragment = getPurifier().sanitize(markdown.render(source), {
    RETURN_DOM_FRAGMENT: true,
    FORBID_TAGS: FORBIDDEN_TAGS,
    FORBID_ATTR: ['style', 'srcset', 'id', 'name', 'target', 'formaction', 'action'],
  });
  rewriteLinks(fragment);
  dropRemoteImages(fragment);
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
