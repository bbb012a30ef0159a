/**
 * speakers — not built yet: passes the document through unchanged.
 */
import type { Doc } from "../doc.ts";
import type { Context } from "../context.ts";

export function speakers(doc: Doc, _ctx: Context): Doc {
  return doc;
}
