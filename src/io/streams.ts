/** Writing to a file stream with back-pressure, and closing it: shared by the output writers. */
import type { WriteStream } from "node:fs";
import { once } from "node:events";

/** Writes a chunk; waits for the stream to drain when its buffer is full. */
export async function put(stream: WriteStream, chunk: string): Promise<void> {
  if (!stream.write(chunk)) await once(stream, "drain");
}

/** Ends the stream (if open) once everything written is flushed. */
export async function end(stream: WriteStream | undefined): Promise<void> {
  if (!stream || stream.closed) return;
  await new Promise<void>((res, rej) => stream.end((err?: Error | null) => (err ? rej(err) : res())));
}
