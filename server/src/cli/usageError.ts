/** A mistake in the command line or its inputs: reported on stderr, exit code 2, nothing on stdout. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
