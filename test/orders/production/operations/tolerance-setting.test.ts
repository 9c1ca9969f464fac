import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../../../kit/app.ts";
import { written } from "../../../kit/checks.ts";
import { settingsUpdateOverProductionTolerance } from "../../../operations/inventory.ts";

/** Settings.overProductionTolerancePercent: what operations (and output reports) may go past their quantity by. */

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

const update = (overProductionTolerancePercent: string) =>
  kit.execute(settingsUpdateOverProductionTolerance, { input: { overProductionTolerancePercent } });

const settingsEvents = () =>
  kit.db.prisma.event.findMany({ where: { type: "SETTINGS_UPDATED" }, orderBy: { id: "asc" } });

describe("the over-production tolerance", () => {
  it("is 0 until set, takes 0 to 100 with 4 decimals, and records each change once", async () => {
    const first = await update("0");
    expect(first.data?.settingsUpdate).toEqual({
      settings: { overProductionTolerancePercent: "0" },
      userErrors: [],
    });
    expect(await settingsEvents()).toEqual([]);
    for (const value of ["12.5", "0.0001", "100"]) {
      const result = await update(value);
      expect(result.data?.settingsUpdate).toEqual({
        settings: { overProductionTolerancePercent: value },
        userErrors: [],
      });
    }
    expect((await settingsEvents()).map((event) => event.payload)).toEqual([
      { changed: { overProductionTolerancePercent: { before: "0", after: "12.5" } } },
      { changed: { overProductionTolerancePercent: { before: "12.5", after: "0.0001" } } },
      { changed: { overProductionTolerancePercent: { before: "0.0001", after: "100" } } },
    ]);
    await update("0");
  });

  it("refuses a value below 0, above 100 or with more than 4 decimals, naming the field and writing nothing", async () => {
    for (const value of ["-1", "100.0001", "250", "1.00001"]) {
      const before = await written(kit);
      const result = await update(value);
      expect(result.data?.settingsUpdate.userErrors.map((error) => [error.code, error.field])).toEqual([
        ["INVALID_INPUT", ["input", "overProductionTolerancePercent"]],
      ]);
      expect(await written(kit)).toEqual(before);
    }
  });
});
