import type { Outline } from '../schema/segment.js';

/** Formats outlines as an indented heading tree with the infobox keys, for people. */
export function formatOutlineText(files: ReadonlyArray<{ path: string; outline: Outline }>): string {
  const blocks = files.map(({ path, outline }) => {
    const lines = [`${path}`, `  format: ${outline.format}`, `  title: ${outline.title ?? '(none)'}`];
    if (outline.infobox.length > 0) {
      lines.push(`  infobox (${outline.infobox.length} fields):`);
      for (const field of outline.infobox) lines.push(`    ${field.key}: ${field.value}`);
    }
    lines.push(`  sections (${outline.sections.length}):`);
    for (const section of outline.sections) {
      lines.push(`${'  '.repeat(section.depth)}${section.title}  (${section.position.start.line}:${section.position.start.column})`);
    }
    lines.push(`  sentences: ${outline.sentenceCount}`);
    return lines.join('\n');
  });
  return `${blocks.join('\n\n')}\n`;
}

/** Formats outlines as JSON: one array entry per file, in the order given. */
export function formatOutlineJson(files: ReadonlyArray<{ path: string; outline: Outline }>): string {
  return `${JSON.stringify(files.map(({ path, outline }) => ({ path, ...outline })), null, 2)}\n`;
}
