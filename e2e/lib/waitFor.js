// Polls for asynchronous state with a deadline. Used by the harness (Node) and by the tests that run
// inside the extension host, so it depends on nothing but timers.

/**
 * Calls `probe` until it returns a truthy value and resolves to that value.
 * After `timeoutMs` it rejects with `what`, the last value seen and the last error thrown by `probe`.
 */
async function waitFor(what, probe, { timeoutMs = 20000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  let lastError;
  for (;;) {
    try {
      last = await probe();
      lastError = undefined;
      if (last) return last;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = lastError ? `last error: ${lastError.message ?? lastError}` : `last value: ${describe(last)}`;
      throw new Error(`Timed out after ${timeoutMs / 1000} s waiting for ${what} (${seen})`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

function describe(value) {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

module.exports = { waitFor };
