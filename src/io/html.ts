/**
 * Saved web pages: the main text through Readability over a linkedom DOM, kept as one line per
 * block (p, h1–h6, li, blockquote, figcaption, …) so the paragraph flagger can judge each block,
 * and the page's metadata (title, canonical URL, date, author). Never throws: a page Readability
 * cannot read falls back to the blocks of its whole body.
 */
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

export interface HtmlArticle {
  /** extracted text, one block per line */
  text: string;
  title: string | null;
  /** canonical URL (link rel=canonical, else og:url) */
  source: string | null;
  /** author, date, site name, description when the page gives them */
  meta: Record<string, string>;
}

/** Elements whose start and end break the line. */
const BLOCKS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "div", "section",
  "article", "header", "footer", "aside", "ul", "ol", "dl", "dt", "dd", "table", "tr", "td", "th",
  "figure", "main", "nav", "form", "address", "details", "summary", "hr", "caption", "center",
]);
/** Elements whose text is never article text. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "iframe", "button", "select", "option", "textarea", "head"]);

type NodeLike = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<NodeLike> };
type DocumentLike = {
  querySelector(sel: string): { getAttribute(name: string): string | null; textContent: string | null } | null;
  body: NodeLike | null;
};

export function extractHtml(html: string): HtmlArticle {
  const document = parsePage(html);
  const doc = document as unknown as DocumentLike;
  const meta = pageMeta(doc);
  const source = canonicalUrl(doc);
  const top = (document as unknown as { documentElement: NodeLike | null }).documentElement;
  const article = top && !depthOver(top, MAX_DEPTH_FOR_READABILITY) ? readable(document) : null;
  const root = article?.content ?? doc.body;
  const text = root ? blockLines(root).join("\n") : "";
  if (article?.byline && !meta.author) meta.author = clean(article.byline);
  if (article?.publishedTime && !meta.date) meta.date = clean(article.publishedTime);
  if (article?.siteName && !meta.site) meta.site = clean(article.siteName);
  const title = clean(article?.title ?? doc.querySelector("title")?.textContent ?? "") || null;
  return { text, title, source, meta };
}

/** A DOM of the page; a fragment without <html> or <body> (or nothing at all) is wrapped in them first. */
function parsePage(html: string) {
  const whole = /<(?:html|body)[\s>]/i.test(html);
  const { document } = parseHTML(whole ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const d = document as unknown as { documentElement: unknown; body: unknown };
  if (d.documentElement && d.body) return document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document;
}

type ReadabilityResult = ReturnType<Readability<NodeLike>["parse"]>;

/** Readability's article, or null when it finds none or fails on an odd page (the body is used then). */
function readable(document: unknown): ReadabilityResult {
  try {
    const dom = document as ConstructorParameters<typeof Readability>[0];
    return new Readability<NodeLike>(dom, { serializer: (n) => n as unknown as NodeLike }).parse();
  } catch {
    return null;
  }
}

/** One line per block: text is gathered across inline elements and cut at block edges and <br>. */
export function blockLines(root: NodeLike): string[] {
  const lines: string[] = [];
  let buffer = "";
  const flush = () => {
    const line = clean(buffer);
    if (line) lines.push(line);
    buffer = "";
  };
  // an explicit stack, so a page nested thousands of levels deep cannot overflow the call stack
  const stack: Array<NodeLike | typeof CLOSE_BLOCK> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === CLOSE_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === 3) {
      buffer += node.textContent ?? "";
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
    const name = node.nodeName.toLowerCase();
    if (SKIPPED.has(name)) continue;
    if (name === "br") {
      flush();
      continue;
    }
    if (BLOCKS.has(name)) {
      flush();
      stack.push(CLOSE_BLOCK);
    }
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  flush();
  return lines;
}

const CLOSE_BLOCK = Symbol("close block");

/** Deepest element nesting under `root`, stopping once it passes `limit`. */
function depthOver(root: NodeLike, limit: number): boolean {
  const stack: Array<[NodeLike, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > limit) return true;
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i++) if (kids[i].nodeType === 1) stack.push([kids[i], depth + 1]);
  }
  return false;
}

/** Readability slows down quadratically on absurdly deep pages; real pages stay far below this. */
const MAX_DEPTH_FOR_READABILITY = 400;

/** White space collapsed to single spaces (non-breaking spaces kept as they are), trimmed. */
function clean(s: string): string {
  return s.replace(/[ \t\n\r\f\v\u200B]+/g, " ").trim();
}

function attr(doc: DocumentLike, selector: string, name: string): string | null {
  const v = doc.querySelector(selector)?.getAttribute(name);
  return v ? clean(v) || null : null;
}

function canonicalUrl(doc: DocumentLike): string | null {
  const url = attr(doc, 'link[rel="canonical"]', "href") ?? attr(doc, 'meta[property="og:url"]', "content");
  return url && /^https?:\/\//i.test(url) ? url : null;
}

function pageMeta(doc: DocumentLike): Record<string, string> {
  const meta: Record<string, string> = {};
  const pick = (key: string, ...candidates: [string, string][]) => {
    for (const [sel, name] of candidates) {
      const v = attr(doc, sel, name);
      if (v) return void (meta[key] = v);
    }
  };
  pick("author", ['meta[name="author"]', "content"], ['meta[property="article:author"]', "content"], ['[itemprop="author"] [itemprop="name"]', "content"]);
  pick(
    "date",
    ['meta[property="article:published_time"]', "content"],
    ['meta[itemprop="datePublished"]', "content"],
    ['meta[name="date"]', "content"],
    ['meta[name="pubdate"]', "content"],
    ["time[datetime]", "datetime"],
  );
  pick("site", ['meta[property="og:site_name"]', "content"]);
  pick("description", ['meta[name="description"]', "content"], ['meta[property="og:description"]', "content"]);
  const canonical = canonicalUrl(doc);
  if (canonical) meta.canonical = canonical;
  return meta;
}
