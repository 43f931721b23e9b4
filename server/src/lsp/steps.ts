import type { Steps } from '../core/steps';

/**
 * Runs work made in steps with the event loop free between them, so that other requests (the next keystroke's
 * diagnostics) are answered in between. Stops as soon as `stillWanted` says no: `undefined` then, else the result.
 */
export async function runInSteps<T>(steps: Steps<T>, stillWanted: () => boolean): Promise<{ readonly value: T } | undefined> {
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    await new Promise((resolve) => setImmediate(resolve));
    if (!stillWanted()) return undefined;
  }
}
