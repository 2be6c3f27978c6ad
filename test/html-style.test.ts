import { describe, expect, it } from 'vitest';
import { kindStyles, severityStyles, styleSheet, verdictStyles } from '../src/report/formatters/html-style.js';

/** WCAG 2 relative luminance of `#rrggbb`. */
function luminance(hex: string): number {
  const [red, green, blue] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

describe('html report: contrast and shape', () => {
  it.each(Object.entries(severityStyles))('should give %s badges white text at WCAG AA contrast (4.5:1) on the page and on a selected finding', (_severity, style) => {
    expect(contrast(style.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrast(style.colour, '#fff6d5')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(kindStyles))('should draw %s claims in a colour at 4.5:1 on white', (_kind, style) => {
    expect(contrast(style.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.entries(verdictStyles))('should write %s verdicts in a colour at 4.5:1 on white', (_verdict, style) => {
    expect(contrast(style.colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('should tell verdicts apart by border as well as colour', () => {
    expect(new Set(Object.values(verdictStyles).map((style) => style.border)).size).toBe(Object.keys(verdictStyles).length);
  });

  it('should tell severities apart by outline style as well as colour, and show focus', () => {
    expect(new Set(Object.values(severityStyles).map((style) => style.outline)).size).toBe(Object.keys(severityStyles).length);
    expect(styleSheet).toContain(':focus-visible{outline:3px solid');
    for (const colour of ['#1b1b1b', '#4a4a4a', '#0b57a4']) expect(contrast(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });
});
