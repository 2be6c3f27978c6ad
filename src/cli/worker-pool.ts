import { Worker } from 'node:worker_threads';
import type { FileReport } from '../schema/report.js';
import { checkFile, failedFile, type FileTask } from './check-file.js';
import type { WorkerRequest } from './worker.js';

/**
 * Checks files in `jobs` worker threads and answers their reports in task
 * order, so the output never depends on which worker finished first. A
 * worker that crashes fails only the file it was checking and is replaced.
 * With one job (or one file) the files are checked in this thread.
 * `spawn` starts a worker that answers `WorkerRequest`s (tests pass their own).
 */
export async function checkFiles(tasks: readonly FileTask[], jobs: number, onDone: () => void, spawn: () => Worker = spawnWorker): Promise<FileReport[]> {
  const reports: FileReport[] = new Array(tasks.length);
  const workerCount = Math.min(jobs, tasks.length);
  if (workerCount <= 1) {
    for (const [index, task] of tasks.entries()) {
      reports[index] = await checkFile(task);
      onDone();
    }
    return reports;
  }
  let next = 0;
  await new Promise<void>((resolveAll) => {
    let running = 0;
    const start = () => {
      if (next >= tasks.length) return;
      running++;
      const worker = spawn();
      let current = -1;
      const assign = () => {
        if (next >= tasks.length) {
          running--;
          void worker.terminate();
          if (running === 0) resolveAll();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current]! } satisfies WorkerRequest);
      };
      worker.on('message', (message: { id: number; report: FileReport }) => {
        reports[message.id] = message.report;
        current = -1;
        onDone();
        assign();
      });
      const fail = (error: unknown) => {
        if (current === -1) return;
        reports[current] = failedFile(tasks[current]!.path, new Error(`worker stopped: ${error instanceof Error ? error.message : String(error)}`));
        current = -1;
        onDone();
        running--;
        start();
        if (running === 0) resolveAll();
      };
      worker.on('error', fail);
      worker.on('exit', (code) => fail(new Error(`exit code ${code}`)));
      assign();
    };
    for (let count = 0; count < workerCount; count++) start();
  });
  return reports;
}

function spawnWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./worker.js', import.meta.url));
  // Run from source (the tests), the worker is TypeScript: register tsx's loader in the thread first.
  const source = JSON.stringify(new URL('./worker.ts', import.meta.url).href);
  return new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${source}); });`, { eval: true });
}
