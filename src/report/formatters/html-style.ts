import type { ClaimKind } from '../../schema/claims.js';
import type { Severity } from '../../schema/findings.js';

/** The highlight colour of each claim kind, in legend order; a table so a new kind cannot be forgotten. */
export const kindColours: Record<ClaimKind, string> = {
  date: '31, 119, 180',
  quantity: '44, 160, 44',
  money: '188, 189, 34',
  age: '148, 103, 189',
  rank: '140, 86, 75',
  person: '227, 119, 194',
  organization: '23, 190, 207',
  place: '127, 127, 127',
  event: '255, 127, 14',
};

/** The outline colour of each severity. */
export const severityColours: Record<Severity, string> = {
  error: '#d62728',
  warning: '#e6a100',
  info: '#3b7dd8',
};

const kinds = Object.keys(kindColours) as ClaimKind[];
const severities = Object.keys(severityColours) as Severity[];

/**
 * The page's whole style sheet, inline so the file stands alone. Events are
 * drawn as a dotted underline, lower than the others, so claims inside them
 * stay visible; evidence is outlined in its severity's colour. The legend's
 * checkboxes hide a kind's highlight through `:has()`, without a script.
 */
export const styleSheet = [
  ':root{color-scheme:light dark}',
  'body{font:15px/1.6 system-ui,sans-serif;max-width:64rem;margin:0 auto;padding:1rem 1.5rem}',
  'h1{font-size:1.4rem}h2{font-size:1.2rem;border-bottom:1px solid #8884;padding-bottom:.2rem;overflow-wrap:anywhere}h3{font-size:1rem}',
  'pre.article{white-space:pre-wrap;overflow-wrap:anywhere;font:inherit;line-height:1.9;border:1px solid #8884;padding:1rem;border-radius:4px}',
  '.c{border-bottom:2px solid rgb(var(--k));background:rgba(var(--k),.15)}',
  '.c-event{background:none;border-bottom:2px dotted rgb(var(--k));padding-bottom:4px}',
  ...kinds.map((kind) => `.c-${kind}{--k:${kindColours[kind]}}`),
  ...kinds.map((kind) => `body:has(#show-${kind}:not(:checked)) .c-${kind}{background:none;border-bottom-color:transparent}`),
  'mark.ev{background:none;color:inherit;outline:2px solid var(--s);outline-offset:1px;border-radius:2px}',
  ...severities.map((severity) => `.sev-${severity}{--s:${severityColours[severity]}}`),
  '.badge{display:inline-block;min-width:4.5em;text-align:center;border-radius:3px;padding:0 .3em;color:#fff;background:var(--s);font-size:.85em}',
  'a.back{text-decoration:none;font-size:.75em;vertical-align:super}a.back::after{content:"[" attr(data-n) "]"}',
  ':target{background:rgba(255,230,0,.45)}',
  '.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;font-size:.9em}.legend label{white-space:nowrap}',
  '.counts,.note{color:#666;font-size:.9em}.error{color:#d62728}',
  'ol.findings>li{margin-bottom:.8rem}.reasoning{font-size:.9em;margin:.2rem 0}.rule{font-family:monospace}',
  'q{font-style:italic}',
  '.v{position:relative;font-size:.75em;vertical-align:super;margin-left:1px;padding:0 .2em;border-radius:3px;cursor:help}',
  '.v-supported{color:#2ca02c}.v-contradicted{color:#fff;background:#d62728}.v-not-found{color:#888}',
  '.v .vq{display:none;position:absolute;left:0;top:1.4em;z-index:2;width:28rem;max-width:80vw;white-space:normal;font-size:1.2em;line-height:1.4;color:CanvasText;background:Canvas;border:1px solid #8888;border-radius:4px;padding:.4rem .6rem}',
  '.v:hover .vq,.v:focus .vq{display:block}.vr{display:block;color:#666;font-size:.85em}',
].join('\n');
