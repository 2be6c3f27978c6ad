import type { FileTask } from './check-file.js';
import { readSource } from './read-source.js';

/**
 * The text of every checked file, keyed by its report path, for the `html`
 * format. Files are read again here rather than carried back from the
 * workers, so the other formats never hold every article in memory. A file
 * that can no longer be read is left out: the page shows its findings only
 * (and the formatter also refuses a text that no longer matches the report).
 */
export async function readSources(tasks: readonly FileTask[], stdin: ReadonlyMap<string, string>): Promise<Map<string, string>> {
  const sources = new Map(stdin);
  for (const task of tasks) {
    try {
      sources.set(task.path, await readSource(task.absolute, task.settings.maxFileSize, task.path));
    } catch {
      // Reported already when it was checked, or changed since: shown without its text.
    }
  }
  return sources;
}
