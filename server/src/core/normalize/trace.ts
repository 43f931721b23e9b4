/** One step of a sort-key computation, for hovers and messages that show how a value was derived. */
export interface Step {
  readonly label: string;
  readonly value: string;
}

/** Records `value` under `label` when a trace is being kept, and returns it unchanged. */
export function traced(trace: Step[] | undefined, label: string, value: string): string {
  trace?.push({ label, value });
  return value;
}
