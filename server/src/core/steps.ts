/**
 * Work done in steps: a generator that yields between steps, so that an editor can answer other requests (the next
 * keystroke's diagnostics) in between and drop the work when it is cancelled. The core has no clock or timers; the
 * caller decides when to go on.
 */
export type Steps<T> = Generator<void, T, void>;

/** Runs the steps without pausing. */
export function finished<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Counts the work of a stepped task and says when a step is done: after each `perStep` items. */
export class Pace {
  #sinceStep = 0;

  constructor(readonly perStep: number) {}

  /** Counts `items` more; true when they complete a step (the caller then yields). */
  counted(items = 1): boolean {
    this.#sinceStep += items;
    if (this.#sinceStep < this.perStep) return false;
    this.#sinceStep = 0;
    return true;
  }
}
