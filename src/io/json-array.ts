/**
 * A JSON array file (speakers.json) written and read one item at a time. A long run's speaker
 * index can pass V8's longest string (about 2^29 characters), so neither side ever holds the
 * whole file as one string; the bytes are those of JSON.stringify(items, null, 1) + "\n".
 */
import { createReadStream, createWriteStream } from "node:fs";
import { end, put } from "./streams.ts";

/**
 * Writes JSON.stringify([...items], null, 1) + "\n" item by item. An item's nested lines get the
 * one more space of indentation the array gives them; a string value holds no raw line break
 * (JSON escapes it), so every line break is one of the layout's.
 */
export async function writeJsonArray(file: string, items: Iterable<unknown>): Promise<void> {
  const stream = createWriteStream(file);
  let first = true;
  for (const item of items) {
    await put(stream, (first ? "[\n " : ",\n ") + (JSON.stringify(item, null, 1) ?? "null").replace(/\n/g, "\n "));
    first = false;
  }
  await put(stream, first ? "[]\n" : "\n]\n");
  await end(stream);
}

/** A file that is not one JSON array; `at` is the character offset where reading stopped. */
export class JsonArrayError extends Error {
  constructor(
    message: string,
    readonly at: number,
  ) {
    super(message);
  }
}

const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

/**
 * The items of a file holding one JSON array, parsed one at a time as the file streams in (any
 * layout of white space). Throws JsonArrayError when the file is not one JSON array.
 */
export async function* readJsonArray(file: string, options: { chunkBytes?: number } = {}): AsyncGenerator<unknown> {
  const splitter = new ItemSplitter();
  for await (const chunk of createReadStream(file, { encoding: "utf8", highWaterMark: options.chunkBytes })) yield* splitter.push(chunk as string);
  splitter.finish();
}

/** Cuts a JSON array's text, fed in chunks, into its items: depth and string state across chunks. */
class ItemSplitter {
  private state: "before" | "items" | "after" = "before";
  private depth = 0;
  private inString = false;
  private escaped = false;
  /** the current item's text from earlier chunks */
  private pending: string[] = [];
  /** an item ended by a comma is due: "]" right after it is an error */
  private expectItem = false;
  private read = 0;

  *push(chunk: string): Generator<unknown> {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (this.state === "before") {
        if (c === OPEN_BRACKET) (this.state = "items"), (from = i + 1);
        else if (!isSpace(c)) this.fail("the file does not start with [", i);
      } else if (this.state === "after") {
        if (!isSpace(c)) this.fail("text after the closing ]", i);
      } else if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === BACKSLASH) this.escaped = true;
        else if (c === QUOTE) this.inString = false;
      } else if (c === QUOTE) this.inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) this.depth++;
      else if ((c === CLOSE_BRACE || c === CLOSE_BRACKET) && this.depth > 0) this.depth--;
      else if (this.depth === 0 && (c === COMMA || c === CLOSE_BRACKET)) {
        const item = this.take(chunk, from, i);
        from = i + 1;
        if (item !== undefined) yield item;
        else if (c === COMMA || this.expectItem) this.fail("an empty item", i);
        this.expectItem = c === COMMA;
        if (c === CLOSE_BRACKET) this.state = "after";
      }
    }
    if (this.state === "items") this.pending.push(chunk.slice(from));
    this.read += chunk.length;
  }

  finish(): void {
    if (this.state !== "after") this.fail("the file ends before the closing ]", 0);
  }

  /** The item whose text ends at chunk[end], parsed; undefined when there is only white space. */
  private take(chunk: string, from: number, end: number): unknown {
    this.pending.push(chunk.slice(from, end));
    const text = this.pending.join("").trim();
    this.pending = [];
    if (!text) return undefined;
    try {
      return JSON.parse(text);
    } catch (e) {
      this.fail(`an item is not JSON (${(e as Error).message})`, end);
    }
  }

  private fail(what: string, i: number): never {
    throw new JsonArrayError(`not one JSON array: ${what}`, this.read + i);
  }
}
