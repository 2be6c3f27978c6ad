import { dirname, resolve } from 'node:path';
import { lilconfig, type LilconfigResult } from 'lilconfig';
import { createConfigSchema, type Config } from '../schema/config.js';
import { describeConfigIssue } from '../util/config-issue.js';
import { ClaimcheckError } from '../util/errors.js';
import { displayPath } from './files.js';
import { stripJsonComments } from './jsonc.js';

/** The file names searched for, nearest folder first; in `package.json` the `claimcheck` key. */
export const configFileNames = ['claimcheck.config.json', '.claimcheckrc.json', 'package.json'] as const;

/** A validated config and where it came from (`file` null: no config found, defaults apply). */
export interface LoadedConfig {
  config: Config;
  file: string | null;
}

const empty: LoadedConfig = { config: {}, file: null };

/**
 * Finds and validates the config of each checked file: the nearest
 * `claimcheck.config.json`, `.claimcheckrc.json` or `package.json` with a
 * `claimcheck` key, from the file's folder upward — or the one `--config`
 * names, for every file. The nearest config wins whole; configs do not merge.
 * Each config file is read and validated once.
 */
export class ConfigResolver {
  private readonly schema: ReturnType<typeof createConfigSchema>;
  private readonly explorer;
  private readonly validated = new Map<string, LoadedConfig>();
  private explicit: Promise<LoadedConfig> | null = null;

  private readonly ruleIds: readonly string[];

  constructor(
    knownRules: ReadonlyArray<{ id: string; description?: string }>,
    private readonly cwd: string,
    private readonly explicitPath: string | undefined,
  ) {
    this.ruleIds = knownRules.map((rule) => rule.id);
    this.schema = createConfigSchema(knownRules);
    this.explorer = lilconfig('claimcheck', {
      searchPlaces: [...configFileNames],
      loaders: { '.json': (filepath, content) => parseJson(displayPath(cwd, filepath), content) },
    });
  }

  /** The config that applies to a file (or to stdin, given the folder it stands for). */
  async forFolder(folder: string): Promise<LoadedConfig> {
    if (this.explicitPath !== undefined) {
      this.explicit ??= this.load(resolve(this.cwd, this.explicitPath));
      return this.explicit;
    }
    return this.accept(await this.explorer.search(folder));
  }

  /** The config that applies to a file. */
  forFile(path: string): Promise<LoadedConfig> {
    return this.forFolder(dirname(path));
  }

  private async load(path: string): Promise<LoadedConfig> {
    try {
      return this.accept(await this.explorer.load(path));
    } catch (error) {
      if (error instanceof ClaimcheckError) throw error;
      const code = (error as { code?: string }).code;
      const reason = code === 'ENOENT' ? 'no such file or directory' : error instanceof Error ? error.message : String(error);
      throw new ClaimcheckError('INVALID_CONFIG', `${displayPath(this.cwd, path)}: ${reason}`, { cause: error });
    }
  }

  private accept(result: LilconfigResult): LoadedConfig {
    if (!result) return empty;
    const known = this.validated.get(result.filepath);
    if (known) return known;
    const name = displayPath(this.cwd, result.filepath);
    const parsed = this.schema.safeParse(result.config ?? {});
    if (!parsed.success) throw new ClaimcheckError('INVALID_CONFIG', `${name}: ${describeConfigIssue(parsed.error.issues[0], this.ruleIds, Object.keys(this.schema.shape))}`);
    const loaded = { config: parsed.data as Config, file: result.filepath };
    this.validated.set(result.filepath, loaded);
    return loaded;
  }
}

/** Parses a config file; claimcheck's own config files may have comments (JSONC), `package.json` may not. */
function parseJson(name: string, content: string): unknown {
  try {
    return JSON.parse(name === 'package.json' || name.endsWith('/package.json') ? content : stripJsonComments(content));
  } catch (error) {
    throw new ClaimcheckError('INVALID_CONFIG', `${name}: invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

