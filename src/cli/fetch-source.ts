import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Citation } from '../schema/citations.js';
import { fnv1a64 } from '../util/hash.js';
import type { SourceDocument } from '../verify/index.js';

/** How `--fetch` fetches: plain data, so it can be posted to a worker. */
export interface FetchSettings {
  /** Per request, headers and body included. */
  timeoutMs: number;
  /** The largest body read, in bytes; a larger one is refused. */
  maxBytes: number;
  /** The on-disk cache, one file per URL. */
  cacheDir: string;
}

/** A source that could not be fetched, and why, as the report lists it. */
export interface FetchFailure {
  citation: string;
  url: string;
  reason: string;
}

export const defaultFetchTimeoutMs = 10_000;
export const defaultFetchMaxBytes = 5 * 1024 * 1024;

// What a cited page may be: a web page or plain text. A PDF or an image is
// not read (claimcheck reads no PDF), so it is refused before its body is.
const readableTypes = new Map([
  ['text/html', 'html'],
  ['application/xhtml+xml', 'html'],
  ['text/plain', 'text'],
] as const);
const userAgent = 'claimcheck (citation check; +https://github.com/claimcheck/claimcheck)';

/** One cached fetch: the URL asked for, where it ended after redirects, its type and its text. */
interface CacheEntry {
  url: string;
  finalUrl: string;
  type: 'html' | 'text';
  content: string;
}

/**
 * The `resolveSource` hook of `--fetch`: fetches a citation's archived copy
 * first where it has one, else its URL, following redirects, with a timeout,
 * a size limit and a content-type check, through an on-disk cache keyed by
 * URL (a cached URL is never fetched again). Failures are recorded in
 * `failures` and answer undefined: the claim then gets no verdict from that
 * source, and the report says why.
 */
export function createFetcher(settings: FetchSettings, failures: FetchFailure[]): (citation: Citation) => Promise<SourceDocument | undefined> {
  return async (citation) => {
    const candidates = [citation.archiveUrl, citation.url].filter((url): url is string => url !== null).map(absoluteUrl).filter((url): url is string => url !== undefined);
    let lastFailure: FetchFailure | undefined;
    for (const url of candidates) {
      try {
        const entry = await cachedFetch(url, settings);
        return { content: entry.content, type: entry.type, uri: entry.url };
      } catch (error) {
        lastFailure = { citation: citation.key, url, reason: error instanceof Error ? error.message : String(error) };
      }
    }
    if (lastFailure) failures.push(lastFailure);
    return undefined;
  };
}

/** A cited URL as fetched: `http(s)` only, a protocol-relative one over HTTPS. */
function absoluteUrl(url: string): string | undefined {
  const trimmed = url.trim();
  const absolute = trimmed.startsWith('//') ? `https:${trimmed}` : trimmed;
  try {
    const parsed = new URL(absolute);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

async function cachedFetch(url: string, settings: FetchSettings): Promise<CacheEntry> {
  const path = join(settings.cacheDir, `${fnv1a64(url)}.json`);
  const cached = await readCache(path, url);
  if (cached) return cached;
  const entry = await fetchPage(url, settings);
  await writeCache(settings.cacheDir, path, entry);
  return entry;
}

async function readCache(path: string, url: string): Promise<CacheEntry | undefined> {
  try {
    const entry = JSON.parse(await readFile(path, 'utf8')) as CacheEntry;
    // Two URLs may share a hash; the entry names its own.
    return entry.url === url && typeof entry.content === 'string' ? entry : undefined;
  } catch {
    return undefined;
  }
}

async function writeCache(folder: string, path: string, entry: CacheEntry): Promise<void> {
  await mkdir(folder, { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(entry));
  await rename(temporary, path);
}

async function fetchPage(url: string, settings: FetchSettings): Promise<CacheEntry> {
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'follow', signal, headers: { 'user-agent': userAgent, accept: 'text/html, application/xhtml+xml, text/plain;q=0.9' } });
  } catch (error) {
    throw new Error(isTimeout(error) ? `no answer within ${settings.timeoutMs} ms` : `cannot fetch it: ${describe(error)}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const contentType = response.headers.get('content-type') ?? '';
  const mediaType = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const type = readableTypes.get(mediaType as 'text/html');
  if (!type) {
    await response.body?.cancel();
    throw new Error(`its type \`${mediaType || 'none'}\` is not a page or text`);
  }
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > settings.maxBytes) {
    await response.body?.cancel();
    throw new Error(`${declared} bytes is over the limit of ${settings.maxBytes}`);
  }
  const bytes = await readLimited(response, settings, signal);
  return { url, finalUrl: response.url || url, type, content: decode(bytes, contentType) };
}

/** Reads the body, stopping as soon as it passes the size limit (a server may not say its length). */
async function readLimited(response: Response, settings: FetchSettings, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > settings.maxBytes) {
        await reader.cancel();
        throw new Error(`more than ${settings.maxBytes} bytes, over the limit`);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (signal.aborted || isTimeout(error)) throw new Error(`no answer within ${settings.timeoutMs} ms`);
    throw error;
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** The body as text, in the charset the server names (UTF-8 when it names none or one Node does not know). */
function decode(bytes: Uint8Array, contentType: string): string {
  const charset = /charset=["']?([\w-]{1,40})/i.exec(contentType)?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function isTimeout(error: unknown): boolean {
  const name = (error as { name?: string } | undefined)?.name;
  return name === 'TimeoutError' || name === 'AbortError';
}

function describe(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
}
