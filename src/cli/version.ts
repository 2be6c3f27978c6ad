import packageJson from '../../package.json' with { type: 'json' };

/** The package version, inlined by the build from package.json. */
export const version: string = packageJson.version;
