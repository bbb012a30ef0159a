/**
 * Reading JSON Lines files as a stream of complete lines with their byte positions, so a record
 * can be read back later without keeping it in memory. A last line with no "\n" (a write cut
 * short by a kill) is not complete and is left out.
 */
import { closeSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";

export interface LineRef {
  offset: number;
  length: number;
}

const CHUNK = 1 << 20;

/** Yields every complete line of `file` (without its "\n") and where it lies. */
export async function* completeLines(file: string): AsyncGenerator<{ line: string } & LineRef> {
  const fh = await open(file, "r");
  try {
    let carry: Buffer<ArrayBufferLike> = Buffer.alloc(0);
    let carryOffset = 0;
    let position = 0;
    for (;;) {
      const buf = Buffer.alloc(CHUNK);
      const { bytesRead } = await fh.read(buf, 0, CHUNK, position);
      if (bytesRead === 0) return;
      position += bytesRead;
      const data: Buffer<ArrayBufferLike> = carry.length ? Buffer.concat([carry, buf.subarray(0, bytesRead)]) : buf.subarray(0, bytesRead);
      let start = 0;
      for (let nl = data.indexOf(10, start); nl >= 0; nl = data.indexOf(10, start)) {
        yield { line: data.toString("utf8", start, nl), offset: carryOffset + start, length: nl - start };
        start = nl + 1;
      }
      carryOffset += start;
      carry = Buffer.from(data.subarray(start));
    }
  } finally {
    await fh.close();
  }
}

/**
 * Reads back one line found by completeLines. Synchronously: a record is a few kilobytes, and
 * fs/promises' open, read and close each went through the thread pool and back (see readInput).
 */
export async function readLine(file: string, ref: LineRef): Promise<string> {
  const fd = openSync(file, "r");
  try {
    const buf = Buffer.alloc(ref.length);
    for (let done = 0; done < ref.length; ) {
      const n = readSync(fd, buf, done, ref.length - done, ref.offset + done);
      if (n === 0) break;
      done += n;
    }
    return buf.toString("utf8");
  } finally {
    closeSync(fd);
  }
}
