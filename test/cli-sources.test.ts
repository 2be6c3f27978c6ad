import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/index.js';
import { runCli } from './helpers/cli.js';
import { writeTree } from './helpers/tree.js';

const article = (base: string) => `# Flood

It killed 23 people in 1987.[^page] The damage came to $12 million.[^moved] It destroyed 400 homes.[^slow]

A report put the toll at 30.[^missing] Another gave 25.[^big] A third said 40.[^pdf]

[^page]: [Report](${base}/page)
[^moved]: [Estimate](${base}/moved)
[^slow]: [Survey](${base}/slow)
[^missing]: [Gone](${base}/missing)
[^big]: [Huge](${base}/big)
[^pdf]: [Scan](${base}/pdf)
`;

/** A local server standing in for the cited web: a page, a redirect, a slow page, a 404, a huge page and a PDF, counting requests. */
let server: Server;
let base = '';
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path === '/page') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end('<html><body><p>In 1987 the flood killed 21 people.</p></body></html>');
    } else if (path === '/moved') {
      response.writeHead(301, { location: '/estimate' });
      response.end();
    } else if (path === '/estimate') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('The damage came to $12 million.');
    } else if (path === '/slow') {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'text/plain' });
        response.end('It destroyed 400 homes.');
      }, 3_000).unref();
    } else if (path === '/big') {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('x'.repeat(20_000));
    } else if (path === '/pdf') {
      response.writeHead(200, { 'content-type': 'application/pdf' });
      response.end('%PDF-1.4');
    } else {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('claimcheck check --fetch', () => {
  it('should fetch the cited pages: a page, a redirect; and report a timeout, a 404, a page too large and a PDF', async () => {
    const folder = writeTree({ 'flood.md': article(base) });
    const run = await runCli(['check', '-f', 'json', '--fetch', '--fetch-timeout', '1000', '--fetch-max-size', '10000', '--cache-dir', 'cache', 'flood.md'], { cwd: folder });
    const file = (JSON.parse(run.stdout) as Report).files[0];
    const verdict = (citation: string, kind: string) => file?.verdicts?.find((candidate) => candidate.citation === citation && candidate.verdict === kind);
    expect(verdict('page', 'contradicted')).toMatchObject({ source: `${base}/page`, match: { quote: '21 people' } });
    expect(verdict('moved', 'supported')).toMatchObject({ source: `${base}/moved`, match: { quote: '$12 million' } });
    expect(file?.unreadSources).toEqual([
      { citation: 'big', url: `${base}/big`, reason: 'more than 10000 bytes, over the limit' },
      { citation: 'missing', url: `${base}/missing`, reason: 'the server answered 404 Not Found' },
      { citation: 'pdf', url: `${base}/pdf`, reason: 'its type `application/pdf` is not a page or text' },
      { citation: 'slow', url: `${base}/slow`, reason: 'no answer within 1000 ms' },
    ]);
    expect(run.code).toBe(1);
  });

  it('should read a fetched page from the cache the second time', async () => {
    const folder = writeTree({ 'flood.md': article(base) });
    const args = ['check', '-f', 'json', '--fetch', '--fetch-timeout', '1000', '--cache-dir', 'cache', 'flood.md'];
    const first = await runCli(args, { cwd: folder });
    const before = hits.get('/page');
    const second = await runCli(args, { cwd: folder });
    expect(hits.get('/page')).toBe(before);
    const verdictsOf = (stdout: string) => (JSON.parse(stdout) as Report).files[0]?.verdicts;
    expect(verdictsOf(second.stdout)).toEqual(verdictsOf(first.stdout));
  });

  it('should refuse --fetch-timeout without --fetch', async () => {
    const run = await runCli(['check', '--fetch-timeout', '5', 'x.md'], { cwd: writeTree({ 'x.md': 'x' }) });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--fetch-timeout needs --fetch');
  });
});

describe('claimcheck check --sources', () => {
  it('should read the sources folder by its sources.json, HTML and text, and name the files in verdicts', async () => {
    const folder = writeTree({
      'flood.md': article('https://cited.example'),
      'sources/sources.json': JSON.stringify({ 'https://cited.example/page': 'page.html', moved: 'estimate.txt' }),
      'sources/page.html': '<p>In 1987 the flood killed 21 people.</p>',
      'sources/estimate.txt': 'The damage came to $12 million.',
    });
    const run = await runCli(['check', '-f', 'json', '--sources', 'sources', 'flood.md'], { cwd: folder });
    const verdicts = (JSON.parse(run.stdout) as Report).files[0]?.verdicts ?? [];
    expect(verdicts.map((verdict) => [verdict.citation, verdict.verdict, verdict.source])).toEqual([
      ['page', 'contradicted', 'sources/page.html'],
      ['page', 'supported', 'sources/page.html'],
      ['moved', 'supported', 'sources/estimate.txt'],
    ]);
  });

  it('should show the source quote as a related location in SARIF and a cause in stylish', async () => {
    const folder = writeTree({
      'flood.md': article('https://cited.example'),
      'sources/sources.json': JSON.stringify({ 'https://cited.example/page': 'page.html' }),
      'sources/page.html': '<p>In 1987 the flood killed 21 people.</p>',
    });
    const sarif = JSON.parse((await runCli(['check', '-f', 'sarif', '--sources', 'sources', 'flood.md'], { cwd: folder })).stdout);
    const result = sarif.runs[0].results.find((candidate: { ruleId: string }) => candidate.ruleId === 'citation-contradicted');
    expect(result.relatedLocations.at(-1)).toMatchObject({
      physicalLocation: { artifactLocation: { uri: 'sources/page.html' }, region: { startLine: 1, startColumn: 4, snippet: { text: 'In 1987 the flood killed 21 people.' } } },
      message: { text: 'source' },
    });
    const stylish = (await runCli(['check', '--sources', 'sources', 'flood.md'], { cwd: folder })).stdout;
    expect(stylish).toContain('citation-contradicted');
    expect(stylish).toContain('Evidence (source) in sources/page.html: `In 1987 the flood killed 21 people.`');
  });

  it('should fail with the index named when sources.json is missing or malformed', async () => {
    const folder = writeTree({ 'a.md': '# A\n\nText.[^1]\n\n[^1]: x\n', 'empty/x.txt': 'x', 'bad/sources.json': '[1]' });
    const missing = await runCli(['check', '-f', 'json', '--sources', 'empty', 'a.md'], { cwd: folder });
    expect((JSON.parse(missing.stdout) as Report).files[0]?.error).toMatchObject({ code: 'INVALID_CONFIG', message: 'empty/sources.json: no such file or directory' });
    const bad = await runCli(['check', '-f', 'json', '--sources', 'bad', 'a.md'], { cwd: folder });
    expect((JSON.parse(bad.stdout) as Report).files[0]?.error?.message).toBe('bad/sources.json: expected an object of citation keys or URLs to file names');
  });

  it('should render verdicts beside their claims in the HTML page, the source quote on focus', async () => {
    const folder = writeTree({
      'flood.md': article('https://cited.example'),
      'sources/sources.json': JSON.stringify({ 'https://cited.example/page': 'page.html' }),
      'sources/page.html': '<p>In 1987 the flood killed 21 people.</p>',
    });
    const html = (await runCli(['check', '-f', 'html', '--sources', 'sources', 'flood.md'], { cwd: folder })).stdout;
    expect(html).toMatch(/<span class="c c-quantity"[^>]*>23 people<\/span><span class="verdict verdict-contradicted" tabindex="0"[^>]*>✗ \[page\] contradicted<span class="verdict-detail" role="tooltip"><q>In 1987 the flood killed 21 people\.<\/q><span class="verdict-reason">23 is not 21 · sources\/page\.html<\/span>/);
    expect(html).toContain('.verdict:hover .verdict-detail,.verdict:focus .verdict-detail{display:block}');
  });
});
