import { randomBytes } from 'node:crypto';
import { mkdir, rename, unlink, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ClaimcheckError } from '../util/errors.js';

/**
 * Writes a file atomically: to a temporary file in the same folder, then a
 * rename, so a reader (or a crash) never sees half a report or baseline.
 * Missing folders on the way are created, as `eslint -o reports/x.json` does.
 */
export async function writeFileAtomic(path: string, text: string, name = path): Promise<void> {
  const temporary = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temporary, text, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such directory' : code === 'ENOTDIR' || code === 'EEXIST' ? 'not a directory' : error instanceof Error ? error.message : String(error);
    throw new ClaimcheckError('IO_ERROR', `${name}: cannot write: ${reason}`, { cause: error });
  }
}
