/** Progress on stderr: a live line (done, rate) when stderr is a terminal, and a closing summary. */
export class Progress {
  private done_ = 0;
  private readonly t0 = performance.now();
  private lastDraw = 0;
  private readonly live: boolean;

  constructor(
    private readonly quiet: boolean,
    private total: number | null = null,
  ) {
    this.live = !quiet && Boolean(process.stderr.isTTY);
  }

  setTotal(total: number): void {
    this.total = total;
  }

  tick(n = 1): void {
    this.done_ += n;
    if (!this.live) return;
    const now = performance.now();
    if (now - this.lastDraw < 200) return;
    this.lastDraw = now;
    process.stderr.write(`\r\x1b[K${this.line(now)}`);
  }

  private line(now: number): string {
    const secs = (now - this.t0) / 1000;
    const rate = secs > 0 ? this.done_ / secs : 0;
    const of = this.total ? `/${this.total}` : "";
    const eta = this.total && rate > 0 ? `, ETA ${duration(Math.ceil((this.total - this.done_) / rate))}` : "";
    return `${this.done_}${of} articles, ${rate.toFixed(1)} articles/s${eta}`;
  }

  done(summary: string): void {
    if (this.live) process.stderr.write("\r\x1b[K");
    if (this.quiet) return;
    const secs = ((performance.now() - this.t0) / 1000).toFixed(1);
    process.stderr.write(`verbatim: ${summary} in ${secs}s\n`);
  }
}

/** 42 → "42s", 310 → "5m10s", 3720 → "1h02m". */
export function duration(seconds: number): string {
  if (seconds < 60) return `${seconds}s`;
  const m = Math.floor(seconds / 60);
  if (m < 60) return `${m}m${String(seconds % 60).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
