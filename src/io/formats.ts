/**
 * Input formats: turns a decoded file into what a Doc starts from. Plain text (.txt) is taken
 * as it is, one paragraph per line. Markdown (.md) is too, once its front matter (title, source,
 * metadata) and inline markup are taken off. Saved web pages (.html, .htm) go through the main-text
 * extractor: the Doc's text is the extracted text, one block per line (offsets refer to it),
 * while sha256 stays the raw page's.
 */
import type { DocInit } from "../doc.ts";
import { extractHtml } from "./html.ts";
import { extractMarkdown } from "./markdown.ts";
import { isHtmlPath, isMarkdownPath } from "./read.ts";

export interface DecodedInput {
  id: string;
  text: string;
  encoding: string;
  sha256: string;
}

export function docInitFrom(input: DecodedInput): DocInit {
  const base = { id: input.id, sha256: input.sha256, encoding: input.encoding };
  if (isMarkdownPath(input.id)) {
    const md = extractMarkdown(input.text);
    return { ...base, text: md.text, title: md.title, source: md.source, meta: md.meta };
  }
  if (!isHtmlPath(input.id)) return { ...base, text: input.text };
  const page = extractHtml(input.text);
  return { ...base, text: page.text, title: page.title, source: page.source, meta: page.meta };
}
