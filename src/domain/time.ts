/**
 * Milliseconds in a day. Planning, scheduling and event retention count days as 24 hours of UTC time, so a day
 * never stretches or shrinks with daylight saving.
 */
export const MS_PER_DAY = 86_400_000;

/**
 * How far ahead of the server's clock a shop-floor time (`at`) may be: a scanner's clock that runs a little fast
 * is not refused, and its time is taken as now, so no step is recorded in the future.
 */
export const CLOCK_SKEW_MS = 2 * 60_000;
