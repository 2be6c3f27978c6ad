/**
 * Words that say a name is borne again by something else: `the second
 * Caldera Star`, `another Caldera Star`, `the paddle steamer Saltmarsh of
 * 1899` in the article on `MV Saltmarsh (1952)`. Entities and event
 * arguments read them alike, so a later ship, club or namesake is never the
 * article's subject.
 */

/** `the second `, `a new `, `another ` right before a name, the name's italics or quotes (`The second *Lady Maren*`) between. */
export const laterBearerBefore = /\b(?:(?:the|a) (?:second|third|fourth|fifth)|another) [*_'"“]{0,3}$/iu;

/** The same words opening an argument's text: `the second Caldera Star, a motor vessel, was completed`. */
export const laterBearerOpening = /^(?:[Tt]he |[Aa] )(?:second|third|fourth|fifth) [*_'"“]{0,3}\p{Lu}|^[Aa]nother [*_'"“]{0,3}\p{Lu}/u;

/** Whether the name ending at `end` is followed by `of <year>` and the title gives another year in brackets. */
export function bearerOfOtherYear(text: string, end: number, title: string | null | undefined): boolean {
  const year = /^ of (\d{4})\b/u.exec(text.slice(end, end + 9))?.[1];
  const titleYear = /\((\d{4})\)$/u.exec(title?.trim() ?? '')?.[1];
  return year !== undefined && titleYear !== undefined && year !== titleYear;
}
