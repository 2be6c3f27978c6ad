import { sharedAbsentReason, sharedAvailable, sharedRequired } from '../../bench/shared-texts.js';

/**
 * Runs once before the suite: says in one line why the tests that read
 * ../shared are skipped, or, under CI, fails the run, so CI can never pass by
 * skipping them.
 */
export default function checkSharedTexts(): void {
  if (sharedAvailable) return;
  if (sharedRequired) throw new Error(`CI=true and ${sharedAbsentReason.replace(/: corpus.*$/, '')}: the corpus, wikitext and evaluation-set tests cannot run`);
  console.log(`claimcheck: ${sharedAbsentReason}`);
}
