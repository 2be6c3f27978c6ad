// Writes docs/schema/*.json from the zod schemas; run by `npm run build`.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedSchemas } from './schemas.js';

const root = join(import.meta.dirname, '..');
for (const [path, text] of Object.entries(generatedSchemas())) writeFileSync(join(root, path), text);
