/**
 * Milliseconds in a day. Planning (durations, backward scheduling) and event retention count days as 24 hours,
 * so a duration never stretches or shrinks with daylight saving; the scheduler board's days are calendar days of
 * a zone (`LocalDays`).
 */
export const MS_PER_DAY = 86_400_000;

/**
 * How far ahead of the server's clock a shop-floor time (`at`) may be: a scanner's clock that runs a little fast
 * is not refused, and its time is taken as now, so no step is recorded in the future.
 */
export const CLOCK_SKEW_MS = 2 * 60_000;

// ---------------------------------------------------------------- local days

/** The zone whose calendar days a location without its own zone (and a server without TIME_ZONE) uses. */
export const DEFAULT_TIME_ZONE = "UTC";

/**
 * `zone` as Intl names it ("utc" -> "UTC", "asia/calcutta" -> "Asia/Calcutta"), or null when it is no IANA time
 * zone this server's Intl knows.
 */
export function canonicalTimeZone(zone: string): string | null {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

/** The refusal of a zone `canonicalTimeZone` does not know. */
export function unknownTimeZone(zone: string): string {
  return `"${zone.slice(0, 60)}" is not an IANA time zone (write it like "America/Chicago" or "UTC")`;
}

/**
 * The calendar days of one IANA time zone, by Intl (no time zone data of our own). A day is numbered as the days
 * from 1970-01-01 to its date, and lasts from its local midnight to the next: 23 or 25 hours when daylight saving
 * starts or ends, and it starts at the first instant of its date where a zone skips midnight.
 */
export class LocalDays {
  private readonly format: Intl.DateTimeFormat;

  constructor(readonly zone: string) {
    this.format = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
      hourCycle: "h23",
    });
  }

  /** The wall-clock time at `instant` in the zone, read as if it were UTC. */
  private wallClock(instant: number): number {
    const parts: Record<string, number> = {};
    for (const part of this.format.formatToParts(new Date(instant))) {
      if (part.type !== "literal") parts[part.type] = Number(part.value);
    }
    const { year = 0, month = 1, day = 1, hour = 0, minute = 0, second = 0 } = parts;
    return Date.UTC(year, month - 1, day, hour, minute, second) + (((instant % 1000) + 1000) % 1000);
  }

  /** The number of the local day `instant` falls on. */
  dayOf(instant: number): number {
    return Math.floor(this.wallClock(instant) / MS_PER_DAY);
  }

  /** The first instant of local day `day`. */
  startOf(day: number): number {
    const midnight = day * MS_PER_DAY;
    // Twice: the offset at the first guess may be the other side of a daylight saving change.
    let start = midnight - (this.wallClock(midnight) - midnight);
    start = midnight - (this.wallClock(start) - start);
    if (this.dayOf(start) === day && this.dayOf(start - 1) < day) return start;
    // Midnight falls in a gap (or the guess missed it): the first instant whose day is `day`, within hours.
    let before = start - 6 * 3_600_000;
    let after = start + 6 * 3_600_000;
    while (after - before > 1) {
      const middle = Math.floor((before + after) / 2);
      if (this.dayOf(middle) >= day) after = middle;
      else before = middle;
    }
    return after;
  }
}
