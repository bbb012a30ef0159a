/**
 * Long text is judged from a few evenly spaced windows rather than read whole: the detector
 * only reads ~350 bytes per call, and sampling keeps the cost per article constant.
 */

const isSpace = (code: number): boolean => code === 32 || code === 10 || code === 9 || code === 13 || code === 160;

/** Moves `at` forward past the current word, to just after the next white space (bounded by `limit`). */
function nextWordStart(text: string, at: number, limit: number): number {
  if (at === 0) return 0;
  let i = at;
  while (i < limit && !isSpace(text.charCodeAt(i - 1))) i++;
  return i < limit ? i : at;
}

/** Moves `end` back to the end of the last whole word before it (bounded by `floor`). */
function lastWordEnd(text: string, end: number, floor: number): number {
  if (end >= text.length) return text.length;
  let i = end;
  while (i > floor && !isSpace(text.charCodeAt(i))) i--;
  return i > floor ? i : end;
}

/**
 * Up to `maxWindows` windows of about `size` characters, evenly spread over `text`, cut at word
 * boundaries. A text no longer than `size` is its own single window.
 */
export function sampleWindows(text: string, size: number, maxWindows: number): string[] {
  if (text.length <= size) return [text];
  const count = Math.max(1, Math.min(maxWindows, Math.ceil(text.length / size)));
  const step = count > 1 ? (text.length - size) / (count - 1) : 0;
  const windows: string[] = [];
  for (let i = 0; i < count; i++) {
    const rough = Math.round(i * step);
    const start = nextWordStart(text, rough, rough + size / 4);
    const end = lastWordEnd(text, Math.min(text.length, start + size), start + size / 2);
    windows.push(text.slice(start, end));
  }
  return windows;
}
