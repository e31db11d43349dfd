// Build progress: a live bar per stage on a terminal, one plain line per finished stage everywhere else (CI, logs).

/** Where progress goes: process.stdout, or a stand-in in tests. */
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** What the build tells the reporter. */
export interface Progress {
  start(stage: string): void;
  update(stage: string, done: number, total: number): void;
  finish(stage: string, summary: string, ms: number): void;
  /** Stops the terminal's redraw timer; safe to call twice. */
  close(): void;
}

const BAR_WIDTH = 24;
const REDRAW_MS = 250;

/** A reporter for `stream`: redraws one line on a terminal, prints only finished stages otherwise. */
export function createProgress(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  const live = stream.isTTY === true;
  let current: { stage: string; started: number; done: number; total: number } | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let drawn = -Infinity;

  const draw = (): void => {
    if (!live || current === null) return;
    const seconds = ((now() - current.started) / 1000).toFixed(1);
    const bar = current.total > 0 ? ` [${'#'.repeat(Math.round((current.done / current.total) * BAR_WIDTH)).padEnd(BAR_WIDTH, '.')}] ${current.done}/${current.total}` : '';
    stream.write(`\r\x1b[2K${current.stage.padEnd(10)}${bar} ${seconds} s`);
    drawn = now();
  };
  const stopTimer = (): void => {
    if (timer !== null) clearInterval(timer);
    timer = null;
  };

  return {
    start(stage) {
      current = { stage, started: now(), done: 0, total: 0 };
      if (live && timer === null) {
        timer = setInterval(draw, REDRAW_MS);
        timer.unref();
      }
      draw();
    },
    update(stage, done, total) {
      if (current?.stage !== stage) current = { stage, started: now(), done, total };
      current.done = done;
      current.total = total;
      if (now() - drawn >= REDRAW_MS) draw();
    },
    finish(stage, summary, ms) {
      if (live) stream.write('\r\x1b[2K');
      stream.write(`${stage.padEnd(10)} ${summary} (${(ms / 1000).toFixed(1)} s)\n`);
      // Stages may overlap (the dossier is made while the site is built): the one still running keeps its live line.
      if (current?.stage === stage) current = null;
      else draw();
    },
    close: stopTimer,
  };
}
