/**
 * Input formats: turns a decoded file into what a Doc starts from. Plain text (.txt, .md) is
 * taken as it is, one paragraph per line.
 */
import type { DocInit } from "../doc.ts";

export interface DecodedInput {
  id: string;
  text: string;
  encoding: string;
  sha256: string;
}

export function docInitFrom(input: DecodedInput): DocInit {
  return { id: input.id, text: input.text, sha256: input.sha256, encoding: input.encoding };
}
