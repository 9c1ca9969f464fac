import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import {
  locationArchive,
  locationCreate,
  locations,
  locationUpdate,
  resourceArchive,
  resourceCreate,
  resources,
  resourceUpdate,
} from "../operations/catalog.ts";
import { keyWithout, location, names, ok, problems, supplier, unknownId } from "./support.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

// ---------------------------------------------------------------- locations

describe("locations", () => {
  it("connects a shop floor to a warehouse and shows the path from both ends", async () => {
    const warehouse = await location(kit, "Main Warehouse", "WAREHOUSE");
    const created = await kit.execute(locationCreate, {
      input: { name: "Assembly Hall", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse },
    });
    expect(ok(created.data?.locationCreate).location).toMatchObject({
      name: "Assembly Hall",
      kind: "SHOP_FLOOR",
      connectedWarehouse: { name: "Main Warehouse" },
    });
    await location(kit, "Paint Shop", "SHOP_FLOOR");

    expect(
      (await kit.execute(locations, { kind: "WAREHOUSE", search: "main" })).data?.locations.edges,
    ).toEqual([
      {
        node: {
          name: "Main Warehouse",
          kind: "WAREHOUSE",
          connectedWarehouse: null,
          connectedShopFloors: [{ name: "Assembly Hall" }],
        },
      },
    ]);
    expect(names(await kit.execute(locations, { kind: "SHOP_FLOOR" }))).toEqual([
      "Assembly Hall",
      "Paint Shop",
    ]);
  });

  it("changes a shop floor's connected warehouse, and disconnects it with null", async () => {
    const north = await location(kit, "North Store", "WAREHOUSE");
    const south = await location(kit, "South Store", "WAREHOUSE");
    const floor = await location(kit, "Welding Bay", "SHOP_FLOOR", north);

    const moved = await kit.execute(locationUpdate, { id: floor, input: { connectedWarehouseId: south } });
    expect(ok(moved.data?.locationUpdate).location?.connectedWarehouse).toEqual({ name: "South Store" });
    const renamed = await kit.execute(locationUpdate, { id: floor, input: { name: "Welding Bay 2" } });
    expect(ok(renamed.data?.locationUpdate).location?.connectedWarehouse).toEqual({ name: "South Store" });
    const disconnected = await kit.execute(locationUpdate, {
      id: floor,
      input: { connectedWarehouseId: null },
    });
    expect(ok(disconnected.data?.locationUpdate).location).toMatchObject({
      name: "Welding Bay 2",
      kind: "SHOP_FLOOR",
      connectedWarehouse: null,
    });
  });

  it("refuses a connected warehouse that is unknown, archived or a shop floor, and one on a warehouse", async () => {
    const spare = await location(kit, "Spare Warehouse", "WAREHOUSE");
    const retired = await location(kit, "Retired Warehouse", "WAREHOUSE");
    ok((await kit.execute(locationArchive, { id: retired })).data?.locationArchive);
    const otherFloor = await location(kit, "Cutting Floor", "SHOP_FLOOR");

    const cases = [
      {
        input: { name: "F1", kind: "SHOP_FLOOR", connectedWarehouseId: unknownId("Location") },
        code: "NOT_FOUND",
      },
      { input: { name: "F2", kind: "SHOP_FLOOR", connectedWarehouseId: retired }, code: "ARCHIVED" },
      {
        input: { name: "F3", kind: "SHOP_FLOOR", connectedWarehouseId: otherFloor },
        code: "WRONG_LOCATION_KIND",
      },
      { input: { name: "W1", kind: "WAREHOUSE", connectedWarehouseId: spare }, code: "INVALID_INPUT" },
    ] as const;
    const before = await kit.db.prisma.location.count();
    for (const { input, code } of cases) {
      const result = await kit.execute(locationCreate, { input });
      expect(result.data?.locationCreate.location).toBeNull();
      expect(problems(result.data?.locationCreate), input.name).toEqual([
        { code, field: ["input", "connectedWarehouseId"] },
      ]);
    }
    expect(await kit.db.prisma.location.count()).toBe(before);

    // The same rules hold on update, and a refused update leaves the location as it was.
    const floor = await location(kit, "Drill Floor", "SHOP_FLOOR", spare);
    const toFloor = await kit.execute(locationUpdate, {
      id: floor,
      input: { connectedWarehouseId: otherFloor },
    });
    expect(problems(toFloor.data?.locationUpdate)).toEqual([
      { code: "WRONG_LOCATION_KIND", field: ["input", "connectedWarehouseId"] },
    ]);
    const onWarehouse = await kit.execute(locationUpdate, {
      id: spare,
      input: { connectedWarehouseId: spare },
    });
    expect(problems(onWarehouse.data?.locationUpdate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "connectedWarehouseId"] },
    ]);
    expect(names(await kit.execute(locations, { search: "Drill Floor" }))).toEqual(["Drill Floor"]);
    expect(
      (await kit.execute(locations, { search: "Drill Floor" })).data?.locations.edges[0]?.node,
    ).toMatchObject({
      connectedWarehouse: { name: "Spare Warehouse" },
    });
  });

  it("refuses a supplier's id where a location's is expected", async () => {
    const supplierId = await supplier(kit, "Not A Place Ltd");
    const before = await kit.db.prisma.location.count();
    const result = await kit.execute(locationCreate, {
      input: { name: "Mixed Up", kind: "SHOP_FLOOR", connectedWarehouseId: supplierId },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/is the id of a Supplier, not of a Location/);
    expect(result.errors?.[0]?.extensions?.field).toEqual(["input", "connectedWarehouseId"]);
    expect(await kit.db.prisma.location.count()).toBe(before);
  });

  it("refuses to archive a warehouse active shop floors draw from, naming them", async () => {
    const warehouse = await location(kit, "Central Depot", "WAREHOUSE");
    const lineA = await location(kit, "Line A", "SHOP_FLOOR", warehouse);
    const lineB = await location(kit, "Line B", "SHOP_FLOOR", warehouse);

    const refused = await kit.execute(locationArchive, { id: warehouse });
    expect(refused.data?.locationArchive).toEqual({
      location: null,
      userErrors: [
        {
          code: "IN_USE",
          message:
            'Warehouse "Central Depot" cannot be archived: active shop floors are connected to it ("Line A", "Line B"). ' +
            "Connect them to another warehouse or archive them first.",
          field: ["id"],
        },
      ],
    });
    expect(names(await kit.execute(locations, { search: "Central Depot" }))).toEqual(["Central Depot"]);

    // An archived shop floor no longer holds the warehouse, nor shows among its shop floors.
    ok((await kit.execute(locationArchive, { id: lineA })).data?.locationArchive);
    expect(
      (await kit.execute(locations, { search: "Central Depot" })).data?.locations.edges[0]?.node
        .connectedShopFloors,
    ).toEqual([{ name: "Line B" }]);
    ok(
      (await kit.execute(locationUpdate, { id: lineB, input: { connectedWarehouseId: null } })).data
        ?.locationUpdate,
    );
    const archived = await kit.execute(locationArchive, { id: warehouse });
    expect(ok(archived.data?.locationArchive).location?.archivedAt).not.toBeNull();
    expect(names(await kit.execute(locations, { search: "Central Depot" }))).toEqual([]);
    expect(names(await kit.execute(locations, { search: "Central Depot", includeArchived: true }))).toEqual([
      "Central Depot",
    ]);
  });

  it("refuses a duplicate location name and an over-long one", async () => {
    await location(kit, "Dock 1", "WAREHOUSE");
    const before = await kit.db.prisma.location.count();
    const duplicate = await kit.execute(locationCreate, { input: { name: "DOCK 1", kind: "SHOP_FLOOR" } });
    expect(problems(duplicate.data?.locationCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    const long = await kit.execute(locationCreate, { input: { name: "d".repeat(201), kind: "WAREHOUSE" } });
    expect(problems(long.data?.locationCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.location.count()).toBe(before);
  });

  it("guards update and archive as well as create (ADMIN for locations)", async () => {
    const key = await keyWithout(kit);
    const yard = await location(kit, "Yard", "WAREHOUSE");
    const before = await kit.db.prisma.location.count();
    const refusals = [
      await kit.execute(locationCreate, { input: { name: "Rogue", kind: "WAREHOUSE" } }, { key }),
      await kit.execute(locationUpdate, { id: yard, input: { name: "Rogue Yard" } }, { key }),
      await kit.execute(locationArchive, { id: yard }, { key }),
    ];
    expect(refusals.map((result) => result.errors?.[0]?.extensions?.code)).toEqual([
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(await kit.db.prisma.location.count()).toBe(before);
    expect(names(await kit.execute(locations, { search: "Yard" }, { key }))).toEqual(["Yard"]);
  });
});

// ---------------------------------------------------------------- resources

describe("resources", () => {
  it("creates, updates, lists and archives a work centre", async () => {
    const created = await kit.execute(resourceCreate, {
      input: { name: " CNC Mill ", capacityMinutesPerDay: 480 },
    });
    const resource = ok(created.data?.resourceCreate).resource;
    expect(resource).toMatchObject({ name: "CNC Mill", capacityMinutesPerDay: 480 });
    const id = resource?.id ?? "";

    const fullDay = await kit.execute(resourceUpdate, { id, input: { capacityMinutesPerDay: 1440 } });
    expect(ok(fullDay.data?.resourceUpdate).resource).toMatchObject({
      name: "CNC Mill",
      capacityMinutesPerDay: 1440,
    });
    expect((await kit.execute(resources, { search: "cnc" })).data?.resources.edges).toEqual([
      { node: { name: "CNC Mill", capacityMinutesPerDay: 1440 } },
    ]);

    ok((await kit.execute(resourceArchive, { id })).data?.resourceArchive);
    expect(names(await kit.execute(resources, { search: "cnc" }))).toEqual([]);
    expect(names(await kit.execute(resources, { search: "cnc", includeArchived: true }))).toEqual([
      "CNC Mill",
    ]);
  });

  it.each([
    ["zero capacity", { name: "Idle Press", capacityMinutesPerDay: 0 }, "capacityMinutesPerDay"],
    [
      "more than a day of capacity",
      { name: "Time Machine", capacityMinutesPerDay: 1441 },
      "capacityMinutesPerDay",
    ],
    ["a name over 200 characters", { name: "r".repeat(201), capacityMinutesPerDay: 60 }, "name"],
  ])("refuses %s and writes nothing", async (_case, input, field) => {
    const before = await kit.db.prisma.resource.count();
    const result = await kit.execute(resourceCreate, { input });
    expect(problems(result.data?.resourceCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", field] },
    ]);
    expect(await kit.db.prisma.resource.count()).toBe(before);
  });

  it("refuses a duplicate name, a zero-capacity update and an unknown resource", async () => {
    const created = await kit.execute(resourceCreate, {
      input: { name: "Lathe", capacityMinutesPerDay: 60 },
    });
    const id = ok(created.data?.resourceCreate).resource?.id ?? "";
    const before = await kit.db.prisma.resource.count();
    const duplicate = await kit.execute(resourceCreate, {
      input: { name: "lathe", capacityMinutesPerDay: 60 },
    });
    expect(problems(duplicate.data?.resourceCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.resource.count()).toBe(before);

    const zero = await kit.execute(resourceUpdate, { id, input: { capacityMinutesPerDay: 0 } });
    expect(problems(zero.data?.resourceUpdate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "capacityMinutesPerDay"] },
    ]);
    const lathe = (await kit.execute(resources, { search: "Lathe" })).data?.resources.edges[0]?.node;
    expect(lathe?.capacityMinutesPerDay).toBe(60);
    const unknown = await kit.execute(resourceUpdate, {
      id: unknownId("Resource"),
      input: { name: "Ghost" },
    });
    expect(problems(unknown.data?.resourceUpdate)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
  });
});
