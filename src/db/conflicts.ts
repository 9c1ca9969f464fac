/**
 * PostgreSQL serialization failures and deadlocks: nothing was written and the transaction can simply run again
 * (database.ts retries them a few times before they surface).
 */
export function isWriteConflict(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const code = (error as { code?: unknown }).code;
  const message = String((error as { message?: unknown }).message ?? "");
  return code === "P2034" || /deadlock detected|could not serialize access/i.test(message);
}

/** What a client is told when a conflict outlived the retries: nothing was written. */
export const RETRYABLE_CONFLICT_MESSAGE =
  "The change collided with concurrent changes and was not applied; send the same request again";
