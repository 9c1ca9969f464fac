/**
 * Milliseconds in a day. Planning, scheduling and event retention count days as 24 hours of UTC time, so a day
 * never stretches or shrinks with daylight saving.
 */
export const MS_PER_DAY = 86_400_000;
