import type { CliIo } from './io.js';

/** Counts files done on stderr; silent unless stderr is a terminal. */
export interface Progress {
  tick(): void;
  done(): void;
}

const minimumFiles = 20;
const width = 30;

/**
 * A progress bar for long runs at a terminal: only when stderr is a TTY, not
 * in CI, and there are more than 20 files, so logs and pipes get nothing.
 */
export function createProgress(io: CliIo, total: number): Progress {
  if (!io.stderrIsTTY || io.env.CI || total <= minimumFiles) return { tick: () => undefined, done: () => undefined };
  let count = 0;
  const draw = () => {
    const filled = Math.round((count / total) * width);
    io.stderr(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} files`);
  };
  draw();
  return {
    tick: () => {
      count++;
      draw();
    },
    done: () => io.stderr('\r\u001b[K'),
  };
}
