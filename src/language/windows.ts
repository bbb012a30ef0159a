/**
 * Long text is judged from a few evenly spaced windows rather than read whole: the detector
 * only reads ~350 bytes per call, and sampling keeps the cost per article constant.
 */

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

/** Moves `at` forward past the current word, to just after the next white space (bounded by `limit`); `from` is where the text starts. */
function nextWordStart(text: string, from: number, at: number, limit: number): number {
  if (at === from) return from;
  let i = at;
  while (i < limit && !isSpace(text.charCodeAt(i - 1))) i++;
  return i < limit ? i : at;
}

/** Moves `end` back to the end of the last whole word before it (bounded by `floor`); `to` is where the text ends. */
function lastWordEnd(text: string, to: number, end: number, floor: number): number {
  if (end >= to) return to;
  let i = end;
  while (i > floor && !isSpace(text.charCodeAt(i))) i--;
  return i > floor ? i : end;
}

/**
 * The windows of sampleWindows for the text text[from, to), as offsets into `text`: window k is
 * [out[2k], out[2k + 1]). Returns the number of windows; `out` is overwritten.
 */
export function windowBounds(text: string, from: number, to: number, size: number, maxWindows: number, out: number[]): number {
  const length = to - from;
  if (length <= size) {
    out[0] = from;
    out[1] = to;
    return 1;
  }
  const count = Math.max(1, Math.min(maxWindows, Math.ceil(length / size)));
  const step = count > 1 ? (length - size) / (count - 1) : 0;
  for (let i = 0; i < count; i++) {
    const rough = from + Math.round(i * step);
    const start = nextWordStart(text, from, rough, rough + size / 4);
    out[2 * i] = start;
    out[2 * i + 1] = lastWordEnd(text, to, Math.min(to, start + size), start + size / 2);
  }
  return count;
}

/**
 * Up to `maxWindows` windows of about `size` characters, evenly spread over `text`, cut at word
 * boundaries. A text no longer than `size` is its own single window.
 */
export function sampleWindows(text: string, size: number, maxWindows: number): string[] {
  if (text.length <= size) return [text];
  const bounds: number[] = [];
  const count = windowBounds(text, 0, text.length, size, maxWindows, bounds);
  const windows: string[] = [];
  for (let i = 0; i < count; i++) windows.push(text.slice(bounds[2 * i], bounds[2 * i + 1]));
  return windows;
}
