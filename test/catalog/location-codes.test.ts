import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { locationArchive, locationCreate, locationUpdate } from "../operations/catalog.ts";
import { scan } from "../operations/scan.ts";
import { ok, problems } from "./support.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

const create = (name: string, code?: string | null) =>
  kit.execute(locationCreate, { input: { name, kind: "WAREHOUSE", code } });

const scanned = async (code: string) =>
  (await kit.execute(scan, { code })).data?.scan.matches.map((match) =>
    match.__typename === "Location" ? match.name : match.__typename,
  );

describe("location codes", () => {
  it("gives a location the code on its label, trimmed, and scanning it in any case finds the location", async () => {
    const created = ok((await create("Rack A", "  RACK-A1 ")).data?.locationCreate);
    expect(created.location).toMatchObject({ name: "Rack A", code: "RACK-A1" });
    expect(await scanned("rack-a1")).toEqual(["Rack A"]);
  });

  it("refuses a code another location has, in any case and archived or not, naming input.code", async () => {
    const archived = ok((await create("Old rack", "OLD-1")).data?.locationCreate).location?.id ?? "";
    ok((await kit.execute(locationArchive, { id: archived })).data?.locationArchive);
    const other = ok((await create("Rack B")).data?.locationCreate).location?.id ?? "";

    const taken = await create("Rack C", "rack-a1");
    expect(taken.data?.locationCreate.userErrors).toEqual([
      {
        code: "ALREADY_EXISTS",
        message: 'The code "rack-a1" is already used by location "Rack A"',
        field: ["input", "code"],
      },
    ]);
    const takenByArchived = await kit.execute(locationUpdate, { id: other, input: { code: "old-1" } });
    expect(takenByArchived.data?.locationUpdate.userErrors).toEqual([
      {
        code: "ALREADY_EXISTS",
        message: 'The code "old-1" is already used by the archived location "Old rack"',
        field: ["input", "code"],
      },
    ]);
    expect(await kit.db.prisma.location.count({ where: { name: "Rack C" } })).toBe(0);
    expect(await kit.db.prisma.location.findUniqueOrThrow({ where: { name: "Rack B" } })).toMatchObject({
      code: null,
    });
  });

  it("changes a code, keeps it when the update leaves it out, and clears it with null", async () => {
    const id = ok((await create("Rack D", "RD-1")).data?.locationCreate).location?.id ?? "";
    const changed = await kit.execute(locationUpdate, { id, input: { code: "RD-2" } });
    expect(ok(changed.data?.locationUpdate).location?.code).toBe("RD-2");
    // Its own code, in another case, is not "taken".
    const recased = await kit.execute(locationUpdate, { id, input: { code: "rd-2" } });
    expect(ok(recased.data?.locationUpdate).location?.code).toBe("rd-2");
    const renamed = await kit.execute(locationUpdate, { id, input: { name: "Rack D2" } });
    expect(ok(renamed.data?.locationUpdate).location?.code).toBe("rd-2");
    const cleared = await kit.execute(locationUpdate, { id, input: { code: null } });
    expect(ok(cleared.data?.locationUpdate).location?.code).toBeNull();
    expect(await scanned("RD-2")).toEqual([]);
    // A cleared code is free again.
    expect(ok((await create("Rack E", "RD-2")).data?.locationCreate).location?.code).toBe("RD-2");
  });

  it.each([
    ["", "must not be empty"],
    ["   ", "must not be empty"],
    ["has space", "may contain only letters, digits and . _ - /"],
    ["-LEADING", "may contain only letters, digits and . _ - /"],
    ["MO\u001d4", "may contain only letters, digits and . _ - /"],
    ["X".repeat(41), "must be at most 40 characters"],
  ])("refuses the code %j with a typed error naming input.code and writes nothing", async (code, message) => {
    const before = await kit.db.prisma.location.count();
    const result = await create(`Bad ${before}`, code);
    const errors = result.data?.locationCreate.userErrors ?? [];
    expect(errors[0]).toEqual({ code: "INVALID_INPUT", message, field: ["input", "code"] });
    expect(new Set(problems(result.data?.locationCreate)?.map((error) => error.field?.join(".")))).toEqual(
      new Set(["input.code"]),
    );
    expect(await kit.db.prisma.location.count()).toBe(before);
    const id = ok((await create(`Good ${before}`)).data?.locationCreate).location?.id ?? "";
    const update = await kit.execute(locationUpdate, { id, input: { code } });
    expect(update.data?.locationUpdate.userErrors[0]).toEqual(errors[0]);
  });
});
