import type { Citation } from '../schema/citations.js';
import type { SourceDocument } from './read-source.js';

/** A cited source as a caller gives it: its content (text or HTML, detected), or a document saying which. */
export type SourceInput = string | SourceDocument;

/** Finds the source a citation points at in the map the caller gave. */
export interface SourceFinder {
  /** The source for the citation `key` (its record when the article has one): by key, URL or archive URL. */
  find(key: string, citation: Citation | undefined): { key: string; document: SourceDocument } | undefined;
}

/**
 * Indexes the caller's sources by key and by normalized URL, so a source
 * given under `https://example.org/a/` is found for a citation of
 * `http://example.org/a`. A citation's key is tried first, then its archive
 * URL (the copy that was read when the live page may have changed), then
 * its URL.
 */
export function createSourceFinder(sources: Readonly<Record<string, SourceInput>>): SourceFinder {
  const byName = new Map<string, string>();
  for (const name of Object.keys(sources).sort()) {
    if (!byName.has(name)) byName.set(name, name);
    const url = normalizeUrl(name);
    if (url !== undefined && !byName.has(url)) byName.set(url, name);
  }
  return {
    find(key, citation) {
      for (const candidate of sourceCandidates(key, citation)) {
        const name = byName.get(candidate) ?? (normalizeUrl(candidate) === undefined ? undefined : byName.get(normalizeUrl(candidate) as string));
        if (name === undefined) continue;
        const input = sources[name] as SourceInput;
        const document: SourceDocument = typeof input === 'string' ? { content: input } : input;
        return { key: name, document: { ...document, uri: document.uri ?? (normalizeUrl(name) !== undefined ? name : (citation?.archiveUrl ?? citation?.url ?? name)) } };
      }
      return undefined;
    },
  };
}

/** Where a citation's source may be found, in order: its key, its archive URL, its URL. */
export function sourceCandidates(key: string, citation: Citation | undefined): string[] {
  return [key, citation?.archiveUrl, citation?.url].filter((candidate): candidate is string => typeof candidate === 'string' && candidate.length > 0);
}

/**
 * A web URL as compared: scheme-less (`http` and `https` meet, and a
 * protocol-relative `//host`), host in lower case, without a fragment or a
 * trailing slash. Undefined for what is no web URL.
 */
export function normalizeUrl(value: string): string | undefined {
  const trimmed = value.trim();
  const lower = trimmed.toLowerCase();
  const rest = lower.startsWith('https://') ? trimmed.slice(8) : lower.startsWith('http://') ? trimmed.slice(7) : lower.startsWith('//') ? trimmed.slice(2) : undefined;
  if (rest === undefined || rest.length === 0) return undefined;
  const withoutFragment = rest.split('#')[0] as string;
  const slash = withoutFragment.indexOf('/');
  const host = (slash < 0 ? withoutFragment : withoutFragment.slice(0, slash)).toLowerCase();
  const path = slash < 0 ? '' : withoutFragment.slice(slash);
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return `//${host}${path.slice(0, end)}`;
}
