import { createHash } from 'node:crypto';
import { parseArticle } from '../../parse/index.js';
import type { VerdictKind } from '../../schema/citations.js';
import type { Claim, ClaimKind } from '../../schema/claims.js';
import type { Entity, Evidence } from '../../schema/entities.js';
import type { Finding, Severity } from '../../schema/findings.js';
import type { FileReport, Report } from '../../schema/report.js';
import { escapeHtml, type Mark } from './html-article.js';
import { describeClaim } from './html-describe.js';
import { pageScript } from './html-script.js';
import { kindStyles, severityStyles, styleSheet } from './html-style.js';
import { renderArticleTree } from './html-tree.js';
import { verdictsOf, type ShownVerdict } from './html-verdicts.js';
import { sortReport } from './index.js';
import type { Formatter } from './types.js';

/** Marks that cross: evidence stays whole over claims, claims over the events around them. */
const priority = { evidence: 2, claim: 1, event: 0 } as const;
const severityOrder: readonly Severity[] = ['error', 'warning', 'info'];
// The script is allowed by its hash and nothing else runs: not an injected script, not an `onerror=`.
const scriptHash = createHash('sha256').update(pageScript).digest('base64');
const contentSecurityPolicy = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src 'none'; base-uri 'none'; form-action 'none'`;

/** Options of `renderHtml`. */
export interface RenderHtmlOptions {
  /** The claimcheck version, shown in the page's header. */
  toolVersion?: string;
}

/**
 * The annotated report: one self-contained HTML page (inline style and one
 * inline script, no network, no timestamp: the same report and text give the
 * same bytes). Per file, two panes: the article rendered as a reader sees it
 * — headings, the infobox as a table, lists, tables, no raw markup — beside
 * its findings, errors first, then warnings, then info, filterable by
 * severity and rule, with counts. Selecting a finding highlights all its
 * evidence and scrolls to the first; claims are drawn on demand ("show
 * claims" and a filter per kind); an entities panel lists each person and
 * organization with its aliases and dated events, each linked to its place;
 * each verdict of a cited source (supported, contradicted, not found) stands
 * beside the claim it judges and shows the source's quote on hover or focus.
 *
 * `text` is the article (for a one-file report, as `analyze` gives) or each
 * file's text by report path. The article is untrusted input: every piece
 * is escaped, links keep only http, https and mailto targets, and a Content
 * Security Policy lets no script run but the page's own. A file whose text
 * is not given, or no longer matches the report's quotes, shows its findings
 * with their quotes only.
 */
export function renderHtml(report: Report, text?: string | ReadonlyMap<string, string>, options: RenderHtmlOptions = {}): string {
  const sorted = sortReport(report);
  const sources = typeof text === 'string' ? new Map(sorted.files.slice(0, 1).map((file) => [file.path, text])) : (text ?? new Map<string, string>());
  const pieces: string[] = [
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    '<meta name="generator" content="claimcheck">\n<title>claimcheck report</title>\n',
    `<style>\n${styleSheet}\n</style>\n</head>\n<body>\n`,
    '<header class="page"><h1>claimcheck report</h1>',
    `<p class="counts">${escapeHtml(summary(sorted.files))}${options.toolVersion === undefined ? '' : ` · claimcheck ${escapeHtml(options.toolVersion)}`}</p>`,
  ];
  if (sorted.files.length > 1) pieces.push(contents(sorted.files));
  pieces.push('</header>\n<main>\n');
  sorted.files.forEach((file, index) => pieces.push(fileSection(file, `f${index}`, sources.get(file.path))));
  pieces.push(`</main>\n<script>${pageScript}</script>\n</body>\n</html>\n`);
  return pieces.join('');
}

/** The `html` format: `renderHtml` with the texts the CLI read again. */
export const format: Formatter = (report, options) => renderHtml(report, options.sources, options.toolVersion === undefined ? {} : { toolVersion: options.toolVersion });

function summary(files: readonly FileReport[]): string {
  const claims = files.reduce((sum, file) => sum + file.claims.length, 0);
  return `${plural(files.length, 'file')} · ${plural(claims, 'claim')} · ${findingCounts(files.flatMap((file) => file.findings))}`;
}

function contents(files: readonly FileReport[]): string {
  const items = files.map((file, index) => `<li><a href="#f${index}">${escapeHtml(file.path)}</a> <span class="counts">${escapeHtml(findingCounts(file.findings))}</span></li>`);
  return `<nav aria-label="Files"><ol>${items.join('')}</ol></nav>`;
}

function fileSection(file: FileReport, id: string, source: string | undefined): string {
  const pieces = [`<section class="file" id="${id}" aria-labelledby="${id}-title">\n<h2 id="${id}-title">${escapeHtml(file.path)}${file.title ? ` — <cite>${escapeHtml(file.title)}</cite>` : ''}</h2>\n`];
  if (file.error) {
    pieces.push(`<p class="error-text">Cannot check the file (${escapeHtml(file.error.code)}): ${escapeHtml(file.error.message)}</p>\n</section>\n`);
    return pieces.join('');
  }
  const text = source !== undefined && fitsReport(source, file) ? source : undefined;
  const entities = new Map(file.entities.map((entity) => [entity.id, entity]));
  const findings = displayOrder(file.findings);
  if (text === undefined) {
    const why = source === undefined ? 'The article text was not given' : 'The article text has changed since it was checked';
    pieces.push(`<div class="article" id="${id}-article"><p class="note">${why}: findings are shown with their quotes only.</p></div>\n`);
  } else {
    const tree = parseArticle(text, { format: file.format ?? 'auto' });
    pieces.push(`<div class="article" id="${id}-article" role="region" aria-label="Article">\n`, renderArticleTree(tree, text, articleMarks(file, findings, id, entities), markerLabels(file)), '</div><!--/article-->\n');
  }
  pieces.push('<aside class="side" aria-label="Findings, claims and entities">\n');
  pieces.push(`<p class="counts">${escapeHtml(`${claimCounts(file.claims)} · ${findingCounts(file.findings)}${verdictCounts(file.verdicts ?? [])}`)}</p>\n`);
  pieces.push(findingsPanel(findings, id, entities, text !== undefined));
  pieces.push(claimsPanel(file.claims));
  pieces.push(entitiesPanel(file, id, text !== undefined));
  pieces.push('</aside>\n</section>\n');
  return pieces.join('');
}

/** The label a reader sees for each citation marker (`<ref>`, `{{sfn}}`), by the marker's start offset. */
function markerLabels(file: FileReport): Map<number, string> {
  const labels = new Map<number, string>();
  for (const citation of file.citations ?? []) for (const use of citation.uses) labels.set(use.position.start.offset, citation.label);
  return labels;
}

/** Errors first, then warnings, then info; in each, the report's order (by position). */
function displayOrder(findings: readonly Finding[]): Finding[] {
  return severityOrder.flatMap((severity) => findings.filter((finding) => finding.severity === severity));
}

/** Whether every quote of the report is still its slice of `source`, so highlights land on the right words. */
function fitsReport(source: string, file: FileReport): boolean {
  const fits = (quote: string, start: number, end: number) => end <= source.length && source.slice(start, end) === quote;
  return (
    file.claims.every((claim) => fits(claim.text, claim.position.start.offset, claim.position.end.offset)) &&
    file.findings.every((finding) => finding.evidence.every((evidence) => evidence.source !== undefined || fits(evidence.quote, evidence.position.start.offset, evidence.position.end.offset)))
  );
}

function findingsPanel(findings: readonly Finding[], fileId: string, entities: ReadonlyMap<string, Entity>, linked: boolean): string {
  const pieces = [`<h3>Findings <span class="counts">(<span class="shown-count">${findings.length}</span> shown of ${findings.length})</span></h3>\n`];
  if (findings.length === 0) return `${pieces[0]}<p class="note">No findings.</p>\n`;
  const severityBoxes = severityOrder.map((severity) => {
    const count = findings.filter((finding) => finding.severity === severity).length;
    return `<label class="sev-${severity}"><input type="checkbox" data-severity="${severity}" checked> <span class="badge">${severity}</span> ${count}</label>`;
  });
  pieces.push(`<fieldset><legend>Severity</legend>${severityBoxes.join(' ')}</fieldset>\n`);
  const rules = new Map<string, number>();
  for (const finding of findings) rules.set(finding.ruleId, (rules.get(finding.ruleId) ?? 0) + 1);
  const options = [...rules].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, count]) => `<option value="${escapeHtml(rule)}">${escapeHtml(rule)} (${count})</option>`);
  pieces.push(`<label>Rule <select class="rule-filter"><option value="">all rules (${findings.length})</option>${options.join('')}</select></label>\n`);
  pieces.push('<p class="selection-status visually-hidden" aria-live="polite"></p>\n');
  pieces.push(`<p class="note">${linked ? 'Select a finding to highlight its evidence in the article; ↑ ↓ (or j k) move between findings, Esc clears.' : ''}</p>\n`);
  const items = findings.map((finding, index) => findingItem(finding, `${fileId}-${index + 1}`, entities));
  pieces.push(`<ol class="findings">\n${items.join('')}</ol>\n`);
  return pieces.join('');
}

function findingItem(finding: Finding, id: string, entities: ReadonlyMap<string, Entity>): string {
  const entity = finding.entity === undefined ? undefined : entities.get(finding.entity)?.canonical;
  const about = [entity === undefined ? '' : ` · about ${escapeHtml(entity)}`, finding.hedged ? ' · hedged' : ''].join('');
  const reasoning = finding.reasoning.map((step) => `<span class="reasoning" style="display:block">${codeSpans(step)}</span>`).join('');
  const evidence = finding.evidence.map((piece) => `<span style="display:block">${evidenceLine(piece)}</span>`).join('');
  const label = `${finding.severity} ${finding.ruleId}: ${finding.message}`;
  const docs = finding.url?.startsWith('https://') ? `<a class="rule" href="${escapeHtml(finding.url)}">docs</a>` : '';
  return (
    `<li><button type="button" class="finding sev-${finding.severity}" id="${id}" data-id="${id}" data-severity="${finding.severity}" data-rule="${escapeHtml(finding.ruleId)}" data-label="${escapeHtml(label)}" aria-pressed="false">` +
    `<span class="badge">${finding.severity}</span> <span class="rule">${escapeHtml(finding.ruleId)}</span>${about}` +
    `<span style="display:block">${codeSpans(finding.message)}</span>${reasoning}${evidence}</button>${docs}</li>\n`
  );
}

/** A piece of evidence: where it is (a cited source's quote names that source) and its quote. */
function evidenceLine(evidence: Evidence): string {
  const { line, column } = evidence.position.start;
  const place = evidence.source === undefined ? `${line}:${column}` : `${escapeHtml(evidence.source)} ${line}:${column}`;
  return `${place} <q>${escapeHtml(evidence.quote)}</q>${evidence.role === undefined ? '' : ` (${escapeHtml(evidence.role)})`}`;
}

/** A message or reasoning step with its backticked values as code. */
function codeSpans(message: string): string {
  const parts = message.split('`');
  if (parts.length % 2 === 0) return escapeHtml(message);
  return parts.map((part, index) => (index % 2 === 1 ? `<code>${escapeHtml(part)}</code>` : escapeHtml(part))).join('');
}

function claimsPanel(claims: readonly Claim[]): string {
  const counts = new Map<ClaimKind, number>();
  for (const claim of claims) counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  const kinds = (Object.keys(kindStyles) as ClaimKind[])
    .filter((kind) => counts.has(kind))
    .map((kind) => `<label><input type="checkbox" data-kind="${kind}" checked> <span class="swatch-${kind}">${kind}</span> ${counts.get(kind)}</label>`);
  return (
    `<h3>Claims</h3>\n<fieldset><legend>Claims in the article</legend><label><input type="checkbox" class="show-claims"> Show claims</label>` +
    `${kinds.length === 0 ? '' : `<br>${kinds.join(' ')}`}</fieldset>\n`
  );
}

function entitiesPanel(file: FileReport, fileId: string, linked: boolean): string {
  const people = file.entities.filter((entity) => entity.type !== 'place');
  if (people.length === 0) return '';
  const claims = new Map(file.claims.map((claim) => [claim.id, claim]));
  const timelines = new Map((file.timelines ?? []).map((timeline) => [timeline.entity, timeline.entries]));
  const place = (claimId: string | undefined, label: string) =>
    linked && claimId !== undefined && claims.has(claimId) ? `<a class="place" href="#${fileId}-c-${escapeHtml(claimId)}">${escapeHtml(label)}</a>` : escapeHtml(label);
  const items = people.map((entity) => {
    const aliases = entity.aliases.map((alias) => `<li>${place(alias.evidence[0]?.claimId, alias.name)} <span class="counts">${escapeHtml(alias.form)}</span></li>`);
    const entries = timelines.get(entity.id) ?? [];
    const events = entries.map((entry) => {
      const when = entry.start === null ? 'undated' : entry.end !== null && entry.end !== entry.start ? `${entry.start} – ${entry.end}` : entry.start;
      const quote = claims.get(entry.eventId)?.text;
      return `<li>${escapeHtml(when)}: ${place(entry.eventId, entry.type)}${quote === undefined ? '' : ` <q>${escapeHtml(quote)}</q>`}</li>`;
    });
    return (
      `<details class="entity"><summary>${escapeHtml(entity.canonical)} <span class="counts">${entity.type}${entity.isSubject ? ', the subject' : ''} · ${plural(entity.aliases.length, 'alias', 'aliases')} · ${plural(entries.length, 'event')}</span></summary>` +
      `${aliases.length === 0 ? '' : `<ul class="aliases">${aliases.join('')}</ul>`}${events.length === 0 ? '' : `<ol class="timeline">${events.join('')}</ol>`}</details>\n`
    );
  });
  return `<h3>Entities</h3>\n${items.join('')}`;
}

function articleMarks(file: FileReport, findings: readonly Finding[], fileId: string, entities: ReadonlyMap<string, Entity>): Mark[] {
  const verdicts = verdictsOf(file);
  const marks = file.claims.map((claim) => claimMark(claim, fileId, entities, verdicts.get(claim.id) ?? []));
  findings.forEach((finding, index) => {
    const id = `${fileId}-${index + 1}`;
    const title = escapeHtml(`${finding.severity} ${finding.ruleId}: ${finding.message}`);
    finding.evidence.forEach((evidence, order) => {
      // A cited source's quote is in that source, not in the article.
      if (evidence.source !== undefined) return;
      const tag = `mark class="ev sev-${finding.severity}" data-f="${id}" data-evidence="${id}-e${order}" title="${title}${evidence.role === undefined ? '' : escapeHtml(` (${evidence.role})`)}"`;
      marks.push({
        start: evidence.position.start.offset,
        end: evidence.position.end.offset,
        priority: priority.evidence,
        open: `<${tag} id="${id}-e${order}">`,
        reopen: `<${tag}>`,
        close: '</mark>',
      });
    });
  });
  return marks;
}

function claimMark(claim: Claim, fileId: string, entities: ReadonlyMap<string, Entity>, verdicts: readonly ShownVerdict[]): Mark {
  const tag = `span class="c c-${claim.kind}" data-claim="${escapeHtml(claim.id)}" title="${escapeHtml(describeClaim(claim, entities))}"`;
  return {
    start: claim.position.start.offset,
    end: claim.position.end.offset,
    priority: claim.kind === 'event' ? priority.event : priority.claim,
    open: `<${tag} id="${fileId}-c-${escapeHtml(claim.id)}">`,
    reopen: `<${tag}>`,
    close: '</span>',
    ...(verdicts.length === 0 ? {} : { after: verdicts.map((verdict) => verdictBadge(verdict, claim.id)).join('') }),
  };
}

const verdictSigns: Record<VerdictKind, string> = { supported: '✓', contradicted: '✗', 'not-found': '?' };
const verdictWords: Record<VerdictKind, string> = { supported: 'supported', contradicted: 'contradicted', 'not-found': 'not found' };

/**
 * A verdict right after the claim it judges: a sign, the citation's label
 * and the verdict in words, focusable; hovering or focusing it shows the
 * source's quote, the reason and the source, by the style sheet alone.
 */
function verdictBadge(verdict: ShownVerdict, claimId: string): string {
  const quote = verdict.quote === undefined ? '' : `<q>${escapeHtml(verdict.quote)}</q>`;
  const detail = `<span class="verdict-detail" role="tooltip">${quote}<span class="verdict-reason">${escapeHtml(`${verdict.reason} · ${verdict.source}`)}</span></span>`;
  return (
    `<span class="verdict verdict-${verdict.verdict}" tabindex="0" data-verdict="${verdict.verdict}" data-verdict-of="${escapeHtml(claimId)}">` +
    `${verdictSigns[verdict.verdict]} [${escapeHtml(verdict.label)}] ${verdictWords[verdict.verdict]}${detail}</span>`
  );
}

function verdictCounts(verdicts: readonly { verdict: VerdictKind }[]): string {
  if (verdicts.length === 0) return '';
  const count = (kind: VerdictKind) => verdicts.filter((verdict) => verdict.verdict === kind).length;
  return ` · ${plural(verdicts.length, 'verdict')}: ${count('supported')} supported, ${count('contradicted')} contradicted, ${count('not-found')} not found`;
}

function claimCounts(claims: readonly Claim[]): string {
  const counts = new Map<ClaimKind, number>();
  for (const claim of claims) counts.set(claim.kind, (counts.get(claim.kind) ?? 0) + 1);
  const byKind = (Object.keys(kindStyles) as ClaimKind[]).filter((kind) => counts.has(kind)).map((kind) => `${counts.get(kind)} ${kind}`);
  return `${plural(claims.length, 'claim')}${byKind.length === 0 ? '' : ` (${byKind.join(', ')})`}`;
}

function findingCounts(findings: readonly Finding[]): string {
  const count = (severity: Severity) => findings.filter((finding) => finding.severity === severity).length;
  return `${plural(findings.length, 'finding')}: ${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info`;
}

function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
