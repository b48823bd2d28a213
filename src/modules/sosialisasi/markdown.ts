import { marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/**
 * Markdown written by BKD admins → HTML safe to print with <%- %>: marked renders, then an
 * allow-list sanitiser drops scripts, event handlers, styles and any non-http(s)/mailto URL.
 */
const OPSI: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'h5',
    'p',
    'br',
    'hr',
    'strong',
    'em',
    'del',
    'code',
    'pre',
    'blockquote',
    'ul',
    'ol',
    'li',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], th: ['scope', 'align'], td: ['align'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: {},
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page already has its <h1>: content headings start one level below.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => ({ tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }),
  },
  exclusiveFilter: (frame) => frame.tag === 'a' && !frame.attribs.href && !frame.text.trim(),
};

export function renderMarkdown(src: string): string {
  const html = marked.parse(src ?? '', { async: false, gfm: true, breaks: false }) as string;
  return sanitizeHtml(html, OPSI);
}

/** Plain-text excerpt for lists and search results. */
export function cuplikan(src: string, n = 180): string {
  const text = sanitizeHtml(marked.parse(src ?? '', { async: false }) as string, { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > n ? `${text.slice(0, n - 1)}…` : text;
}
