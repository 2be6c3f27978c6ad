import type { Verdict } from '../../schema/citations.js';
import type { Claim, ClaimKind } from '../../schema/claims.js';
import type { Entity, Evidence } from '../../schema/entities.js';
import type { Finding, Severity } from '../../schema/findings.js';
import type { FileReport } from '../../schema/report.js';
import { escapeHtml, renderMarkedText, type Mark } from './html-article.js';
import { describeClaim } from './html-describe.js';
import { kindColours, severityColours, styleSheet } from './html-style.js';
import type { Formatter } from './types.js';

/** Marks that cross: evidence stays whole over claims, claims over the events around them. */
const priority = { evidence: 2, claim: 1, event: 0 } as const;

/**
 * One self-contained HTML page: per file, its counts, its findings (rule,
 * message, reasoning, links to each piece of evidence) and the article with
 * every claim highlighted by kind and every piece of evidence outlined by
 * severity, linked back to its finding. Hover text gives each claim's
 * normalized value; each verdict of a cited source stands right after the
 * claim it judges, and shows the source's quote on hover or focus. No script, no external resource, no timestamp: the same
 * report and sources give the same bytes. A file whose source is not given
 * (or no longer matches the report) gets its findings with their quotes only.
 */
export const format: Formatter = (report, options) => {
  const sources = options.sources ?? new Map<string, string>();
  const pieces: string[] = [
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="claimcheck">\n<title>claimcheck report</title>\n',
    `<style>\n${styleSheet}\n</style>\n</head>\n<body>\n`,
    `<h1>claimcheck report</h1>\n<p class="counts">${escapeHtml(summary(report.files))}${options.toolVersion === undefined ? '' : ` · claimcheck ${escapeHtml(options.toolVersion)}`}</p>\n`,
    legend(),
  ];
  if (report.files.length > 1) pieces.push(contents(report.files));
  report.files.forEach((file, index) => pieces.push(fileSection(file, `f${index}`, sources.get(file.path))));
  pieces.push('</body>\n</html>\n');
  return pieces.join('');
};

function summary(files: readonly FileReport[]): string {
  const claims = files.reduce((sum, file) => sum + file.claims.length, 0);
  const findings = files.flatMap((file) => file.findings);
  return `${plural(files.length, 'file')} · ${plural(claims, 'claim')} · ${findingCounts(findings)}`;
}

function legend(): string {
  const kinds = (Object.keys(kindColours) as ClaimKind[]).map(
    (kind) => `<label><input type="checkbox" id="show-${kind}" checked> <span class="c c-${kind}">${kind}</span></label>`,
  );
  const severities = (Object.keys(severityColours) as Severity[]).map((severity) => `<span><mark class="ev sev-${severity}">${severity}</mark></span>`);
  return `<div class="legend" role="group" aria-label="legend">${[...kinds, ...severities].join('')}</div>\n`;
}

function contents(files: readonly FileReport[]): string {
  const items = files.map((file, index) => `<li><a href="#f${index}">${escapeHtml(file.path)}</a> <span class="counts">${escapeHtml(findingCounts(file.findings))}</span></li>`);
  return `<nav><ol>${items.join('')}</ol></nav>\n`;
}

function fileSection(file: FileReport, id: string, source: string | undefined): string {
  const pieces = [`<section id="${id}">\n<h2>${escapeHtml(file.path)}</h2>\n`];
  if (file.title) pieces.push(`<p>Title: <cite>${escapeHtml(file.title)}</cite></p>\n`);
  if (file.error) {
    pieces.push(`<p class="error">Cannot check the file (${escapeHtml(file.error.code)}): ${escapeHtml(file.error.message)}</p>\n</section>\n`);
    return pieces.join('');
  }
  pieces.push(`<p class="counts">${escapeHtml(`${claimCounts(file.claims)} · ${findingCounts(file.findings)}${verdictCounts(file.verdicts ?? [])}`)}</p>\n`);
  const text = source !== undefined && fitsReport(source, file) ? source : undefined;
  const entities = new Map(file.entities.map((entity) => [entity.id, entity]));
  pieces.push('<h3>Findings</h3>\n', findingList(file.findings, id, entities, text !== undefined), '<h3>Article</h3>\n');
  if (text === undefined) {
    const why = source === undefined ? 'The article text was not given' : 'The article text has changed since it was checked';
    pieces.push(`<p class="note">${why}: findings are shown with their quotes only.</p>\n`);
  } else {
    // The parser drops one line break right after `<pre>`: give it one, so an article's own first blank line stays.
    pieces.push('<pre class="article">\n', renderMarkedText(text, articleMarks(file, id, entities)), '</pre>\n');
  }
  pieces.push('</section>\n');
  return pieces.join('');
}

/** Whether every quote of the report is still its slice of `source`, so highlights land on the right words. */
function fitsReport(source: string, file: FileReport): boolean {
  const fits = (quote: string, start: number, end: number) => end <= source.length && source.slice(start, end) === quote;
  return (
    file.claims.every((claim) => fits(claim.text, claim.position.start.offset, claim.position.end.offset)) &&
    file.findings.every((finding) => finding.evidence.every((evidence) => evidence.source !== undefined || fits(evidence.quote, evidence.position.start.offset, evidence.position.end.offset)))
  );
}

function findingList(findings: readonly Finding[], fileId: string, entities: ReadonlyMap<string, Entity>, linked: boolean): string {
  if (findings.length === 0) return '<p class="note">No findings.</p>\n';
  const items = findings.map((finding, index) => {
    const id = `${fileId}-${index + 1}`;
    const rule = finding.url?.startsWith('https://') ? `<a class="rule" href="${escapeHtml(finding.url)}">${escapeHtml(finding.ruleId)}</a>` : `<span class="rule">${escapeHtml(finding.ruleId)}</span>`;
    const entity = finding.entity === undefined ? undefined : entities.get(finding.entity)?.canonical;
    const about = [entity === undefined ? '' : ` · about ${escapeHtml(entity)}`, finding.hedged ? ' · hedged' : ''].join('');
    const reasoning = finding.reasoning.length === 0 ? '' : `<ol class="reasoning">${finding.reasoning.map((step) => `<li>${codeSpans(step)}</li>`).join('')}</ol>`;
    const evidence = finding.evidence.map((piece, order) => `<li>${evidenceLine(piece, linked && piece.source === undefined ? `${id}-e${order}` : undefined)}</li>`).join('');
    return (
      `<li id="${id}" class="sev-${finding.severity}"><span class="badge">${finding.severity}</span> ${rule}${about}<br>` +
      `${codeSpans(finding.message)}${reasoning}<ul class="evidence">${evidence}</ul></li>\n`
    );
  });
  return `<ol class="findings">\n${items.join('')}</ol>\n`;
}

function evidenceLine(evidence: Evidence, anchor: string | undefined): string {
  const { line, column } = evidence.position.start;
  const place =
    evidence.source !== undefined
      ? `${escapeHtml(evidence.source)} ${line}:${column}`
      : anchor === undefined
        ? `${line}:${column}`
        : `<a href="#${anchor}">${line}:${column}</a>`;
  return `${place} <q>${escapeHtml(evidence.quote)}</q>${evidence.role === undefined ? '' : ` (${escapeHtml(evidence.role)})`}`;
}

/** A message or reasoning step with its backticked values as code. */
function codeSpans(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeHtml(message);
  return parts.map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');
}

function articleMarks(file: FileReport, fileId: string, entities: ReadonlyMap<string, Entity>): Mark[] {
  const verdicts = new Map<string, Verdict[]>();
  for (const verdict of file.verdicts ?? []) verdicts.set(verdict.claim, [...(verdicts.get(verdict.claim) ?? []), verdict]);
  const labels = new Map((file.citations ?? []).map((citation) => [citation.key, citation.label]));
  const marks = file.claims.map((claim) => claimMark(claim, entities, verdicts.get(claim.id), labels));
  file.findings.forEach((finding, index) => {
    const id = `${fileId}-${index + 1}`;
    const title = escapeHtml(`${finding.severity} ${finding.ruleId}: ${finding.message}`);
    finding.evidence.forEach((evidence, order) => {
      if (evidence.source !== undefined) return;
      const tag = `mark class="ev sev-${finding.severity}" data-evidence="${id}-e${order}" title="${title}${evidence.role === undefined ? '' : escapeHtml(` (${evidence.role})`)}"`;
      marks.push({
        start: evidence.position.start.offset,
        end: evidence.position.end.offset,
        priority: priority.evidence,
        open: `<${tag} id="${id}-e${order}">`,
        reopen: `<${tag}>`,
        close: '</mark>',
        after: `<a class="back" href="#${id}" data-n="${index + 1}" aria-label="finding ${index + 1}" title="${title}"></a>`,
      });
    });
  });
  return marks;
}

function claimMark(claim: Claim, entities: ReadonlyMap<string, Entity>, verdicts: readonly Verdict[] | undefined, labels: ReadonlyMap<string, string>): Mark {
  const tag = `<span class="c c-${claim.kind}" data-claim="${escapeHtml(claim.id)}" title="${escapeHtml(describeClaim(claim, entities))}">`;
  return {
    start: claim.position.start.offset,
    end: claim.position.end.offset,
    priority: claim.kind === 'event' ? priority.event : priority.claim,
    open: tag,
    reopen: tag,
    close: '</span>',
    ...(verdicts === undefined ? {} : { after: verdicts.map((verdict) => verdictBadge(verdict, labels)).join('') }),
  };
}

const verdictSigns = { supported: '✓', contradicted: '✗', 'not-found': '?' } as const;

/**
 * A verdict beside its claim: a sign and the citation's label, focusable,
 * with the source's quote (or why there is none) revealed on hover or
 * focus by the style sheet alone.
 */
function verdictBadge(verdict: Verdict, labels: ReadonlyMap<string, string>): string {
  const label = labels.get(verdict.citation) ?? verdict.citation;
  const quote = verdict.quote ? `<q>${escapeHtml(verdict.quote.quote.replace(/\s+/g, ' ').trim())}</q> ` : '';
  const detail = `<span class="vq" role="tooltip">${quote}<span class="vr">${escapeHtml(`${verdict.verdict}: ${verdict.reason}`)} · ${escapeHtml(verdict.source)}</span></span>`;
  return `<span class="v v-${verdict.verdict}" tabindex="0" data-claim="${escapeHtml(verdict.claim)}" aria-label="${escapeHtml(`source ${label}: ${verdict.verdict}`)}">${verdictSigns[verdict.verdict]}${escapeHtml(label)}${detail}</span>`;
}

function verdictCounts(verdicts: readonly Verdict[]): string {
  if (verdicts.length === 0) return '';
  const count = (kind: Verdict['verdict']) => verdicts.filter((verdict) => verdict.verdict === kind).length;
  return ` · ${plural(verdicts.length, 'verdict')}: ${count('supported')} supported, ${count('contradicted')} contradicted, ${count('not-found')} not found`;
}

function claimCounts(claims: readonly Claim[]): string {
  const counts = new Map<ClaimKind, number>();
  for (const claim of claims) counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  const byKind = (Object.keys(kindColours) as ClaimKind[]).filter((kind) => counts.has(kind)).map((kind) => `${counts.get(kind)} ${kind}`);
  return `${plural(claims.length, 'claim')}${byKind.length === 0 ? '' : ` (${byKind.join(', ')})`}`;
}

function findingCounts(findings: readonly Finding[]): string {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return `${plural(findings.length, 'finding')}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
