import type { VerdictKind } from '../../schema/citations.js';
import type { ClaimKind } from '../../schema/claims.js';
import type { Severity } from '../../schema/findings.js';

/**
 * Each claim kind's colour and underline style, in legend order: a table so
 * a new kind cannot be forgotten. Colour is never alone — the style and the
 * hover text say the kind too. Colours hold at least 3:1 against the white
 * page for non-text marks (WCAG 1.4.11).
 */
export const kindStyles: Record<ClaimKind, { colour: string; line: 'solid' | 'double' | 'dashed' | 'dotted' }> = {
  date: { colour: '#1f5fa6', line: 'solid' },
  quantity: { colour: '#2b7a2b', line: 'solid' },
  money: { colour: '#6f6a00', line: 'double' },
  age: { colour: '#7a4fa8', line: 'dashed' },
  rank: { colour: '#8c5648', line: 'dashed' },
  person: { colour: '#b0287f', line: 'solid' },
  organization: { colour: '#00707a', line: 'double' },
  place: { colour: '#5c5c5c', line: 'dotted' },
  event: { colour: '#b34700', line: 'dotted' },
};

/**
 * Each severity's badge colour (white text on it at 4.5:1 or more, WCAG AA)
 * and the outline style of its evidence, so that severities differ in shape
 * as well as colour.
 */
export const severityStyles: Record<Severity, { colour: string; outline: 'solid' | 'dashed' | 'dotted' }> = {
  error: { colour: '#b3261e', outline: 'solid' },
  warning: { colour: '#8a4b00', outline: 'dashed' },
  info: { colour: '#1d5fa8', outline: 'dotted' },
};

/**
 * Each verdict's colour (text at 4.5:1 or more on white) and border style:
 * the badge also says its verdict in words, so colour is never alone.
 */
export const verdictStyles: Record<VerdictKind, { colour: string; border: '1px solid' | '3px double' | '1px dashed' }> = {
  supported: { colour: '#1e6b1e', border: '1px solid' },
  contradicted: { colour: '#b3261e', border: '3px double' },
  'not-found': { colour: '#4a4a4a', border: '1px dashed' },
};

const kinds = Object.keys(kindStyles) as ClaimKind[];
const severities = Object.keys(severityStyles) as Severity[];
const verdicts = Object.keys(verdictStyles) as VerdictKind[];

/**
 * The page's whole style sheet, inline so the file stands alone: two panes
 * (the article, and beside it the findings and entities, sticky), one file
 * below the other. Claims are drawn only in a section with `claims-on`, and a
 * kind hidden by `hide-<kind>`; evidence of the selected finding is filled
 * and outlined. Focus is always visible.
 */
export const styleSheet = [
  'body{font:16px/1.6 system-ui,sans-serif;margin:0;color:#1b1b1b;background:#fff}',
  'header.page{padding:.8rem 1.5rem;border-bottom:1px solid #c4c4c4}header.page h1{font-size:1.3rem;margin:0}',
  '.counts,.note{color:#4a4a4a;font-size:.9em}.error-text{color:#b3261e}',
  'section.file{display:grid;grid-template-columns:minmax(0,3fr) minmax(18rem,2fr);gap:1.5rem;padding:1rem 1.5rem;border-bottom:1px solid #c4c4c4}',
  '@media (max-width:60rem){section.file{grid-template-columns:1fr}}',
  'section.file>h2{grid-column:1/-1;font-size:1.15rem;margin:0;overflow-wrap:anywhere}',
  '.article{max-width:46rem;overflow-wrap:anywhere}.article h2{font-size:1.5rem}.article h3{font-size:1.25rem}.article h4,.article h5,.article h6{font-size:1.05rem}',
  'table.infobox{float:right;clear:right;margin:0 0 1rem 1rem;border:1px solid #a2a9b1;background:#f8f9fa;font-size:.88em;max-width:22rem;border-collapse:collapse}',
  'table.infobox caption{font-weight:bold}table.infobox th,table.infobox td{text-align:left;vertical-align:top;padding:.2rem .4rem;border-top:1px solid #dcdcdc;overflow-wrap:normal}table.infobox th{min-width:6rem}',
  'table.md-table{border-collapse:collapse}table.md-table td{border:1px solid #c4c4c4;padding:.2rem .5rem}',
  'pre.code{background:#f4f4f4;padding:.6rem;overflow:auto}code{font-family:ui-monospace,monospace;font-size:.92em}',
  '.footnote{font-size:.9em}.footnote .label{font-weight:bold}',
  'aside.side{position:sticky;top:0;align-self:start;max-height:100vh;overflow:auto;padding-bottom:1rem}',
  'aside.side h3{font-size:1rem;margin:.8rem 0 .3rem}',
  'fieldset{border:1px solid #c4c4c4;margin:.3rem 0;padding:.3rem .6rem}legend{font-weight:600;font-size:.9em}',
  'fieldset label{margin-right:.8rem;white-space:nowrap}',
  'ol.findings{list-style:none;padding:0;margin:0}ol.findings>li{margin:.3rem 0}',
  'button.finding{display:block;width:100%;text-align:left;font:inherit;font-size:.93em;color:inherit;background:#fff;border:1px solid #c4c4c4;border-left:6px solid var(--s);border-radius:4px;padding:.35rem .55rem;cursor:pointer}',
  'button.finding[aria-pressed="true"]{background:#fff6d5;border-color:#1b1b1b;border-left-color:var(--s)}',
  ':focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 5px #ffd23f}',
  '.badge{display:inline-block;min-width:4.6em;text-align:center;border-radius:3px;padding:0 .3em;color:#fff;background:var(--s);font-size:.8em;font-weight:600}',
  '.rule{font-family:ui-monospace,monospace;font-size:.88em}.reasoning{font-size:.88em;margin:.2rem 0 .2rem 1.1rem;padding:0}',
  ...severities.map((severity) => `.sev-${severity}{--s:${severityStyles[severity].colour};--o:${severityStyles[severity].outline}}`),
  'mark.ev{background:none;color:inherit;border-bottom:2px var(--o) var(--s)}',
  'mark.ev.active{background:#ffe680;outline:2px var(--o) var(--s);outline-offset:1px;border-radius:2px}',
  '.c{--k:transparent}',
  ...kinds.map((kind) => `.claims-on .c-${kind}{text-decoration:underline ${kindStyles[kind].line} ${kindStyles[kind].colour};text-decoration-thickness:2px;text-underline-offset:3px}`),
  ...kinds.map((kind) => `.claims-on.hide-${kind} .c-${kind}{text-decoration:none}`),
  ...kinds.map((kind) => `.swatch-${kind}{text-decoration:underline ${kindStyles[kind].line} ${kindStyles[kind].colour};text-decoration-thickness:2px;text-underline-offset:3px}`),
  '.flash,:target{background:#ffe680;outline:2px solid #1b1b1b}',
  ...verdicts.map((verdict) => `.verdict-${verdict}{--v:${verdictStyles[verdict].colour};--b:${verdictStyles[verdict].border}}`),
  '.verdict{position:relative;font-size:.75em;color:var(--v);border:var(--b) var(--v);border-radius:3px;padding:0 .25em;margin-left:.2em;white-space:nowrap;cursor:help}',
  '.verdict-detail{display:none;position:absolute;left:0;top:1.6em;z-index:2;width:28rem;max-width:80vw;white-space:normal;text-align:left;font-size:1.25em;line-height:1.4;color:#1b1b1b;background:#fff;border:1px solid #767676;border-radius:4px;padding:.4rem .6rem}',
  '.verdict:hover .verdict-detail,.verdict:focus .verdict-detail{display:block}.verdict-reason{display:block;color:#4a4a4a;font-size:.9em}',
  'details.entity{margin:.2rem 0}details.entity summary{cursor:pointer}ol.timeline,ul.aliases{margin:.2rem 0 .4rem 1.2rem;padding:0;font-size:.9em}',
  '.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
  'q{font-style:italic}a{color:#0b57a4}',
].join('\n');
