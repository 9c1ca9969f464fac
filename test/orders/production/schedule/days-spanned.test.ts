import { describe, expect, it } from "vitest";
import { daysSpanned } from "../../../../src/domain/orders/production/schedule/resources.ts";
import { LocalDays } from "../../../../src/domain/time.ts";
import { at } from "./fixtures.ts";

const HOUR = 3_600_000;

describe("days an order spans", () => {
  it("counts the days [start, end) touches, and the start day of an order without length", () => {
    const utc = new LocalDays("UTC");
    const span = (start: string, end: string) =>
      daysSpanned(at(start), at(end), utc).map((day) =>
        new Date(utc.startOf(day)).toISOString().slice(0, 10),
      );
    expect(span("03T00:00:00", "05T00:00:00")).toEqual(["2031-03-03", "2031-03-04"]);
    expect(span("03T23:00:00", "04T00:00:01")).toEqual(["2031-03-03", "2031-03-04"]);
    expect(span("03T10:00:00", "03T10:00:00")).toEqual(["2031-03-03"]);
    expect(span("03T10:00:00", "03T10:00:00.001")).toEqual(["2031-03-03"]);
  });

  it("counts a zone's calendar days: Chicago's day starts at 06:00 UTC in winter, 05:00 in summer", () => {
    const chicago = new LocalDays("America/Chicago");
    const days = (start: string, end: string) =>
      daysSpanned(new Date(start), new Date(end), chicago).map((day) =>
        new Date(chicago.startOf(day)).toISOString(),
      );
    // A night shift 22:00-06:00 local is two local days, as it is two UTC days.
    expect(days("2026-01-13T04:00:00Z", "2026-01-13T12:00:00Z")).toEqual([
      "2026-01-12T06:00:00.000Z",
      "2026-01-13T06:00:00.000Z",
    ]);
    // 08:00-17:00 local is one local day, though it crosses midnight UTC.
    expect(days("2026-07-14T13:00:00Z", "2026-07-14T22:00:00Z")).toEqual(["2026-07-14T05:00:00.000Z"]);
  });

  it("has a 23-hour day when daylight saving starts and a 25-hour day when it ends", () => {
    const chicago = new LocalDays("America/Chicago");
    const length = (date: string) => {
      const day = chicago.dayOf(Date.parse(`${date}T12:00:00Z`));
      return (chicago.startOf(day + 1) - chicago.startOf(day)) / HOUR;
    };
    expect(length("2026-03-08")).toBe(23);
    expect(length("2026-03-09")).toBe(24);
    expect(length("2026-11-01")).toBe(25);
    // Where midnight itself is skipped (Santiago, 2026-09-06), the day starts at the first instant it has.
    const santiago = new LocalDays("America/Santiago");
    const day = santiago.dayOf(Date.parse("2026-09-06T12:00:00Z"));
    expect(new Date(santiago.startOf(day)).toISOString()).toBe("2026-09-06T04:00:00.000Z");
    expect((santiago.startOf(day + 1) - santiago.startOf(day)) / HOUR).toBe(23);
  });
});
