import { describe, expect, it } from "vitest";
import { daysSpanned } from "../../../../src/domain/orders/production/schedule/resources.ts";
import { at } from "./fixtures.ts";

describe("days an order spans", () => {
  it("counts the UTC days [start, end) touches, and the start day of an order without length", () => {
    const span = (start: string, end: string) =>
      daysSpanned(at(start), at(end)).map((day) => new Date(day).toISOString().slice(0, 10));
    expect(span("03T00:00:00", "05T00:00:00")).toEqual(["2031-03-03", "2031-03-04"]);
    expect(span("03T23:00:00", "04T00:00:01")).toEqual(["2031-03-03", "2031-03-04"]);
    expect(span("03T10:00:00", "03T10:00:00")).toEqual(["2031-03-03"]);
    expect(span("03T10:00:00", "03T10:00:00.001")).toEqual(["2031-03-03"]);
  });
});
