import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { fileSettings, type FileTask } from '../src/cli/check-file.js';
import { checkFiles } from '../src/cli/worker-pool.js';

const task = (path: string): FileTask => ({ absolute: `/nowhere/${path}`, path, settings: fileSettings({}, false) });

// A stand-in worker speaking the pool's protocol: it answers an empty report,
// throws on a file named crash-*, and exits on one named exit-*.
const fakeWorker = () =>
  new Worker(
    `const { parentPort } = require('node:worker_threads');
     parentPort.on('message', ({ id, task }) => {
       if (task.path.startsWith('crash-')) throw new Error('boom on ' + task.path);
       if (task.path.startsWith('exit-')) process.exit(3);
       parentPort.postMessage({ id, report: { path: task.path, claims: [], entities: [], findings: [], corroborations: [] } });
     });`,
    { eval: true },
  );

describe('worker pool', () => {
  it('should fail only the file a crashed worker was checking, replace the worker, and keep task order', async () => {
    const paths = ['a.md', 'crash-b.md', 'c.md', 'exit-d.md', 'e.md', 'f.md', 'crash-g.md', 'h.md'];
    let done = 0;
    const reports = await checkFiles(paths.map(task), 2, () => done++, fakeWorker);
    expect(done).toBe(paths.length);
    expect(reports.map((report) => [report.path, report.error?.code ?? 'ok'])).toEqual(
      paths.map((path) => [path, path.startsWith('crash-') || path.startsWith('exit-') ? 'INTERNAL_ERROR' : 'ok']),
    );
    expect(reports[1]?.error?.message).toBe('worker stopped: boom on crash-b.md');
    expect(reports[3]?.error?.message).toBe('worker stopped: exit code 3');
  });
});
