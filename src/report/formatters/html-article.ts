/**
 * A stretch of the source to wrap in one element: a claim, or a piece of a
 * finding's evidence. Its tags are given whole, so this module knows nothing
 * of what the marks mean.
 */
export interface Mark {
  /** UTF-16 offsets into the source, end exclusive. */
  start: number;
  end: number;
  /** When two marks cross, the one with the lower priority is split so the higher stays whole. */
  priority: number;
  /** The opening tag of the first piece (it may carry an `id`). */
  open: string;
  /** The opening tag of every later piece, when crossing marks split it (no `id`: ids are unique). */
  reopen: string;
  close: string;
  /** Markup right after the last piece closes: a link back to the finding. */
  after?: string;
}

/**
 * The source as HTML with every mark wrapped around its stretch, tags
 * always balanced.
 *
 * Marks nest when they can (the longer opens first); where two cross, the
 * lower-priority one is closed at the boundary and reopened after it, so
 * overlapping events and claims still give valid HTML. The text is cut only
 * at mark boundaries and escaped piece by piece into an array joined once, so the work
 * is linear in the text plus the marks times the nesting depth. Marks
 * outside the text are dropped.
 */
export function renderMarkedText(text: string, marks: readonly Mark[]): string {
  const kept = marks.filter((mark) => mark.start >= 0 && mark.start <= mark.end && mark.end <= text.length);
  const order = kept.map((_, index) => index).sort((a, b) => compareMarks(kept[a]!, kept[b]!) || a - b);
  const boundaries = [...new Set(kept.flatMap((mark) => [mark.start, mark.end]))].sort((a, b) => a - b);
  const pieces: string[] = [];
  const stack: Mark[] = [];
  let next = 0;
  let previous = 0;
  for (const boundary of boundaries) {
    if (boundary > previous) pieces.push(escapeHtml(text.slice(previous, boundary)));
    previous = boundary;
    closeEndingAt(boundary, stack, pieces);
    for (; next < order.length && kept[order[next]!]!.start === boundary; next++) {
      const mark = kept[order[next]!]!;
      if (mark.end === boundary) pieces.push(mark.open, mark.close, mark.after ?? '');
      else openMark(mark, stack, pieces);
    }
  }
  if (previous < text.length) pieces.push(escapeHtml(text.slice(previous)));
  return pieces.join('');
}

/** Marks starting together: the longer first (it nests the others), then the higher priority. */
function compareMarks(a: Mark, b: Mark): number {
  return a.start - b.start || b.end - a.end || b.priority - a.priority;
}

/** Closes every mark ending here, and the marks opened inside them, which are reopened. */
function closeEndingAt(boundary: number, stack: Mark[], pieces: string[]): void {
  const lowest = stack.findIndex((mark) => mark.end === boundary);
  if (lowest === -1) return;
  const survivors: Mark[] = [];
  while (stack.length > lowest) {
    const mark = stack.pop()!;
    pieces.push(mark.close);
    if (mark.end === boundary) pieces.push(mark.after ?? '');
    else survivors.push(mark);
  }
  reopen(survivors, stack, pieces);
}

/**
 * Opens a mark. An open mark of lower priority that ends before it would
 * cross it: that one (and what was opened inside it) is closed first and
 * reopened inside the new mark.
 */
function openMark(mark: Mark, stack: Mark[], pieces: string[]): void {
  const crossing = stack.findIndex((open) => open.priority < mark.priority && open.end < mark.end);
  const survivors: Mark[] = [];
  if (crossing !== -1) {
    while (stack.length > crossing) {
      const open = stack.pop()!;
      pieces.push(open.close);
      survivors.push(open);
    }
  }
  pieces.push(mark.open);
  stack.push(mark);
  reopen(survivors, stack, pieces);
}

/** Reopens marks popped top first, so they come back in their old order. */
function reopen(popped: readonly Mark[], stack: Mark[], pieces: string[]): void {
  for (let index = popped.length - 1; index >= 0; index--) {
    const mark = popped[index]!;
    pieces.push(mark.reopen);
    stack.push(mark);
  }
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe in HTML content and in quoted attribute values; line breaks in attributes stay line breaks. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEscapes[character]!);
}
