import { GraphQLError } from "graphql";

/**
 * A retry of a request still running on this instance waits this long for it, holding nothing (no transaction,
 * no pooled connection), then gets its answer, or IDEMPOTENCY_KEY_IN_PROGRESS. Most writes finish well within it.
 */
const IN_PROGRESS_WAIT_MS = 2000;
/** Seconds a client should wait before sending a request that is still in progress again. */
const IN_PROGRESS_RETRY_AFTER_SECONDS = 1;

/**
 * The keyed requests running on this instance, by API key and key. A retry of one waits for it here, without a
 * transaction, so a burst of them holds no pooled connection; then it runs (and finds the stored answer), or,
 * when the first still runs after IN_PROGRESS_WAIT_MS, gets `stillRunning()` (IDEMPOTENCY_KEY_IN_PROGRESS).
 */
export class RunningRequests {
  private readonly running = new Map<string, Promise<unknown>>();

  async runAfterEarlier<T>(
    apiKeyId: number,
    key: string,
    run: () => Promise<T>,
    stillRunning: () => T,
  ): Promise<T> {
    const runningKey = `${apiKeyId} ${key}`;
    const earlier = this.running.get(runningKey);
    if (earlier && !(await settlesWithin(earlier, IN_PROGRESS_WAIT_MS))) return stillRunning();
    const attempt = run();
    if (!this.running.has(runningKey)) {
      this.running.set(runningKey, attempt);
      const forget = () => {
        if (this.running.get(runningKey) === attempt) this.running.delete(runningKey);
      };
      attempt.then(forget, forget);
    }
    return attempt;
  }
}

/** The answer to a retry whose first request still runs, here or on another instance: 409 with Retry-After. */
export function inProgress(key: string) {
  return new GraphQLError(
    `The request with the idempotency key "${key}" is still running: send it again (with the same key) in a ` +
      "moment to get its answer",
    {
      extensions: {
        code: "IDEMPOTENCY_KEY_IN_PROGRESS",
        http: { status: 409, headers: { "Retry-After": String(IN_PROGRESS_RETRY_AFTER_SECONDS) } },
      },
    },
  );
}

/** Whether `promise` settles (either way) within `ms`. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => true,
  );
  try {
    return await Promise.race([settled, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
