import { parentPort } from 'node:worker_threads';
import { checkFile, failedFile, type FileTask } from './check-file.js';

/** A task posted to a worker, numbered so results can be put back in order. */
export interface WorkerRequest {
  id: number;
  task: FileTask;
}

// Each worker checks one file at a time and posts its report back; the
// parent keeps the queue, so a slow file never holds up the others.
parentPort?.on('message', (request: WorkerRequest) => {
  checkFile(request.task)
    .catch((error: unknown) => failedFile(request.task.path, error))
    .then((report) => parentPort?.postMessage({ id: request.id, report }));
});
