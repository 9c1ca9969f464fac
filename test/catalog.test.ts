import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Permission } from "../src/generated/prisma/enums.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";
import { decodeId, globalId } from "./kit/ids.ts";

// ---------------------------------------------------------------- documents

const CreateSupplier = graphql(`
  mutation CreateSupplier($input: SupplierCreateInput!) {
    supplierCreate(input: $input) {
      supplier { id name email phone archivedAt }
      userErrors { code message field }
    }
  }
`);

const UpdateSupplier = graphql(`
  mutation UpdateSupplier($id: ID!, $input: SupplierUpdateInput!) {
    supplierUpdate(id: $id, input: $input) {
      supplier { id name email phone }
      userErrors { code message field }
    }
  }
`);

const ArchiveSupplier = graphql(`
  mutation ArchiveSupplier($id: ID!) {
    supplierArchive(id: $id) {
      supplier { id archivedAt }
      userErrors { code message field }
    }
  }
`);

const Suppliers = graphql(`
  query Suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {
    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
      edges { node { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

const CreateCustomer = graphql(`
  mutation CreateCustomer($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer { id name email phone }
      userErrors { code message field }
    }
  }
`);

const ArchiveCustomer = graphql(`
  mutation ArchiveCustomer($id: ID!) {
    customerArchive(id: $id) {
      customer { id archivedAt }
      userErrors { code message field }
    }
  }
`);

const Customers = graphql(`
  query Customers($search: String, $includeArchived: Boolean) {
    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }
  }
`);

const CreateEmployee = graphql(`
  mutation CreateEmployee($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) {
      employee { id name email }
      userErrors { code message field }
    }
  }
`);

const UpdateEmployee = graphql(`
  mutation UpdateEmployee($id: ID!, $input: EmployeeUpdateInput!) {
    employeeUpdate(id: $id, input: $input) {
      employee { id name email }
      userErrors { code message field }
    }
  }
`);

const Employees = graphql(`
  query Employees($search: String) {
    employees(search: $search) { edges { node { name email } } }
  }
`);

const CreateLocation = graphql(`
  mutation CreateLocation($input: LocationCreateInput!) {
    locationCreate(input: $input) {
      location { id name kind connectedWarehouse { name } }
      userErrors { code message field }
    }
  }
`);

const UpdateLocation = graphql(`
  mutation UpdateLocation($id: ID!, $input: LocationUpdateInput!) {
    locationUpdate(id: $id, input: $input) {
      location { id name kind connectedWarehouse { name } }
      userErrors { code message field }
    }
  }
`);

const ArchiveLocation = graphql(`
  mutation ArchiveLocation($id: ID!) {
    locationArchive(id: $id) {
      location { id archivedAt }
      userErrors { code message field }
    }
  }
`);

const Locations = graphql(`
  query Locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {
    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {
      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }
    }
  }
`);

const CreateResource = graphql(`
  mutation CreateResource($input: ResourceCreateInput!) {
    resourceCreate(input: $input) {
      resource { id name capacityMinutesPerDay }
      userErrors { code message field }
    }
  }
`);

const UpdateResource = graphql(`
  mutation UpdateResource($id: ID!, $input: ResourceUpdateInput!) {
    resourceUpdate(id: $id, input: $input) {
      resource { id name capacityMinutesPerDay }
      userErrors { code message field }
    }
  }
`);

const ArchiveResource = graphql(`
  mutation ArchiveResource($id: ID!) {
    resourceArchive(id: $id) {
      resource { id archivedAt }
      userErrors { code message field }
    }
  }
`);

const Resources = graphql(`
  query Resources($search: String, $includeArchived: Boolean) {
    resources(search: $search, includeArchived: $includeArchived) {
      edges { node { name capacityMinutesPerDay } }
    }
  }
`);

// ---------------------------------------------------------------- helpers

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit.close());

interface Payload {
  userErrors: { code: string; message: string; field?: string[] | null }[];
}

/** The payload of a mutation that must have succeeded. */
function ok<P extends Payload>(payload: P | undefined): P {
  expect(payload?.userErrors).toEqual([]);
  if (!payload) throw new Error("no payload");
  return payload;
}

/** What a client acts on: the code and the field of each error. */
function problems(payload: Payload | undefined) {
  return payload?.userErrors.map(({ code, field }) => ({ code, field }));
}

/** A key holding every permission but these (and ADMIN, which holds them all). */
function keyWithout(...missing: Permission[]) {
  const granted = Object.values(Permission).filter(
    (permission) => permission !== Permission.ADMIN && !missing.includes(permission),
  );
  return kit.keyWith(...granted);
}

/** A well-formed global id for a row that does not exist. */
function unknownId(typename: string) {
  return globalId(typename, 999999);
}

function names(result: { data?: { [list: string]: { edges: { node: { name: string } }[] } } | null }) {
  const list = Object.values(result.data ?? {})[0];
  return list?.edges.map((edge) => edge.node.name);
}

async function supplier(name: string) {
  const result = await kit.execute(CreateSupplier, { input: { name } });
  return ok(result.data?.supplierCreate).supplier?.id ?? "";
}

async function location(name: string, kind: "WAREHOUSE" | "SHOP_FLOOR", connectedWarehouseId?: string) {
  const result = await kit.execute(CreateLocation, { input: { name, kind, connectedWarehouseId } });
  return ok(result.data?.locationCreate).location?.id ?? "";
}

// ---------------------------------------------------------------- suppliers and customers

describe("suppliers", () => {
  it("creates a supplier with trimmed fields and changes only the fields an update names", async () => {
    const created = await kit.execute(CreateSupplier, {
      input: { name: "  Acme Metals  ", email: " sales@acme.example ", phone: " +49 30 1234 " },
    });
    const supplierRow = ok(created.data?.supplierCreate).supplier;
    expect(supplierRow).toMatchObject({
      name: "Acme Metals",
      email: "sales@acme.example",
      phone: "+49 30 1234",
      archivedAt: null,
    });
    const id = supplierRow?.id ?? "";

    const renamed = await kit.execute(UpdateSupplier, { id, input: { name: "Acme Metal Works" } });
    expect(ok(renamed.data?.supplierUpdate).supplier).toEqual({
      id,
      name: "Acme Metal Works",
      email: "sales@acme.example",
      phone: "+49 30 1234",
    });

    const cleared = await kit.execute(UpdateSupplier, { id, input: { phone: null } });
    expect(ok(cleared.data?.supplierUpdate).supplier).toMatchObject({
      email: "sales@acme.example",
      phone: null,
    });

    // Changing only the case of its own name is not a clash with itself.
    const recased = await kit.execute(UpdateSupplier, { id, input: { name: "ACME Metal Works" } });
    expect(ok(recased.data?.supplierUpdate).supplier?.name).toBe("ACME Metal Works");
  });

  it("records an event for each change, and none for archiving twice", async () => {
    const id = await supplier("Evented Supplies");
    await kit.execute(UpdateSupplier, { id, input: { phone: "123" } });
    const first = await kit.execute(ArchiveSupplier, { id });
    const second = await kit.execute(ArchiveSupplier, { id });
    expect(ok(second.data?.supplierArchive).supplier?.archivedAt).toBe(
      ok(first.data?.supplierArchive).supplier?.archivedAt,
    );

    const rowId = String(decodeId(id));
    const events = await kit.db.prisma.event.findMany({
      where: { entityType: "Supplier", entityId: rowId },
      orderBy: { id: "asc" },
    });
    expect(events.map((event) => event.type)).toEqual([
      "SUPPLIER_CREATED",
      "SUPPLIER_UPDATED",
      "SUPPLIER_ARCHIVED",
    ]);
    expect(events.every((event) => event.actorKeyId !== null)).toBe(true);
  });

  it("lists by name, searches case-insensitively, hides archived ones unless asked, and pages", async () => {
    for (const name of ["Listing Zeta", "Listing Alpha", "Listing Mu"]) await supplier(name);
    const archived = await supplier("Listing Omega");
    ok((await kit.execute(ArchiveSupplier, { id: archived })).data?.supplierArchive);

    expect(names(await kit.execute(Suppliers, { search: "listing" }))).toEqual([
      "Listing Alpha",
      "Listing Mu",
      "Listing Zeta",
    ]);
    expect(names(await kit.execute(Suppliers, { search: "LISTING", includeArchived: true }))).toEqual([
      "Listing Alpha",
      "Listing Mu",
      "Listing Omega",
      "Listing Zeta",
    ]);

    const page1 = await kit.execute(Suppliers, { search: "Listing", first: 2 });
    expect(names(page1)).toEqual(["Listing Alpha", "Listing Mu"]);
    expect(page1.data?.suppliers.pageInfo.hasNextPage).toBe(true);
    const page2 = await kit.execute(Suppliers, {
      search: "Listing",
      first: 2,
      after: page1.data?.suppliers.pageInfo.endCursor,
    });
    expect(names(page2)).toEqual(["Listing Zeta"]);
    expect(page2.data?.suppliers.pageInfo.hasNextPage).toBe(false);
  });

  it("refuses a name already used, ignoring case, by an active or an archived supplier", async () => {
    await supplier("Borealis Parts");
    const archived = await supplier("Old Parts");
    await kit.execute(ArchiveSupplier, { id: archived });
    const before = await kit.db.prisma.supplier.count();

    const duplicate = await kit.execute(CreateSupplier, { input: { name: "borealis PARTS" } });
    expect(duplicate.data?.supplierCreate).toEqual({
      supplier: null,
      userErrors: [
        {
          code: "ALREADY_EXISTS",
          message: 'The name "borealis PARTS" is already used by another supplier',
          field: ["input", "name"],
        },
      ],
    });
    const clashWithArchived = await kit.execute(CreateSupplier, { input: { name: "Old Parts" } });
    expect(clashWithArchived.data?.supplierCreate.userErrors[0]?.message).toBe(
      'The name "Old Parts" is already used by an archived supplier',
    );
    expect(await kit.db.prisma.supplier.count()).toBe(before);

    const other = await supplier("Cirrus Parts");
    const rename = await kit.execute(UpdateSupplier, { id: other, input: { name: "Borealis Parts" } });
    expect(problems(rename.data?.supplierUpdate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    expect(names(await kit.execute(Suppliers, { search: "Cirrus" }))).toEqual(["Cirrus Parts"]);
  });

  it.each([
    ["an empty name", { name: "   " }, "name"],
    ["a name over 200 characters", { name: "x".repeat(201) }, "name"],
    ["a malformed email", { name: "Bad Mail Ltd", email: "sales-at-example" }, "email"],
    [
      "an email over 254 characters",
      { name: "Long Mail Ltd", email: `${"a".repeat(250)}@x.example` },
      "email",
    ],
    ["a phone over 50 characters", { name: "Long Phone Ltd", phone: "1".repeat(51) }, "phone"],
  ])("refuses %s and writes nothing", async (_case, input, field) => {
    const before = await kit.db.prisma.supplier.count();
    const result = await kit.execute(CreateSupplier, { input });
    expect(result.data?.supplierCreate.supplier).toBeNull();
    expect(problems(result.data?.supplierCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", field] },
    ]);
    expect(await kit.db.prisma.supplier.count()).toBe(before);
  });

  it("accepts a name of exactly 200 characters", async () => {
    const result = await kit.execute(CreateSupplier, { input: { name: "y".repeat(200) } });
    expect(ok(result.data?.supplierCreate).supplier?.name).toHaveLength(200);
  });

  it("reports an unknown supplier on update and archive", async () => {
    const update = await kit.execute(UpdateSupplier, { id: unknownId("Supplier"), input: { name: "Ghost" } });
    expect(problems(update.data?.supplierUpdate)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
    const archive = await kit.execute(ArchiveSupplier, { id: unknownId("Supplier") });
    expect(problems(archive.data?.supplierArchive)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
  });
});

describe("customers", () => {
  it("creates, lists and archives customers with SALES, under the same rules as suppliers", async () => {
    const salesKey = await kit.keyWith("SALES");
    const created = await kit.execute(
      CreateCustomer,
      { input: { name: " Bike Shop Berlin ", email: "orders@bikeshop.example" } },
      { key: salesKey },
    );
    const customerRow = ok(created.data?.customerCreate).customer;
    expect(customerRow).toMatchObject({
      name: "Bike Shop Berlin",
      email: "orders@bikeshop.example",
      phone: null,
    });

    expect(names(await kit.execute(Customers, { search: "bike shop" }))).toEqual(["Bike Shop Berlin"]);
    ok(
      (await kit.execute(ArchiveCustomer, { id: customerRow?.id ?? "" }, { key: salesKey })).data
        ?.customerArchive,
    );
    expect(names(await kit.execute(Customers, { search: "bike shop" }))).toEqual([]);
    expect(names(await kit.execute(Customers, { search: "bike shop", includeArchived: true }))).toEqual([
      "Bike Shop Berlin",
    ]);

    const before = await kit.db.prisma.customer.count();
    const duplicate = await kit.execute(CreateCustomer, { input: { name: "BIKE SHOP BERLIN" } });
    expect(problems(duplicate.data?.customerCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    const badEmail = await kit.execute(CreateCustomer, { input: { name: "Shop", email: "nope" } });
    expect(problems(badEmail.data?.customerCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "email"] },
    ]);
    expect(await kit.db.prisma.customer.count()).toBe(before);
  });

  it("a supplier's name does not clash with a customer's", async () => {
    await supplier("Both Ways GmbH");
    const customer = await kit.execute(CreateCustomer, { input: { name: "Both Ways GmbH" } });
    expect(ok(customer.data?.customerCreate).customer?.name).toBe("Both Ways GmbH");
  });
});

// ---------------------------------------------------------------- employees

describe("employees", () => {
  it("lets two employees share a name but not an email (ignoring case)", async () => {
    const first = await kit.execute(CreateEmployee, {
      input: { name: "Ana Silva", email: "ana@plant.example" },
    });
    const ana = ok(first.data?.employeeCreate).employee;
    const namesake = await kit.execute(CreateEmployee, { input: { name: "Ana Silva" } });
    ok(namesake.data?.employeeCreate);
    const noEmail = await kit.execute(CreateEmployee, { input: { name: "Ben Okafor", email: null } });
    ok(noEmail.data?.employeeCreate);

    const before = await kit.db.prisma.employee.count();
    const duplicate = await kit.execute(CreateEmployee, {
      input: { name: "Someone", email: "ANA@plant.example" },
    });
    expect(problems(duplicate.data?.employeeCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "email"] },
    ]);
    expect(await kit.db.prisma.employee.count()).toBe(before);

    expect(await kit.execute(Employees, { search: "ana" })).toMatchObject({
      data: {
        employees: {
          edges: [{ node: { name: "Ana Silva", email: "ana@plant.example" } }, { node: { email: null } }],
        },
      },
    });

    const renamed = await kit.execute(UpdateEmployee, {
      id: ana?.id ?? "",
      input: { name: "Ana Silva-Costa" },
    });
    expect(ok(renamed.data?.employeeUpdate).employee).toMatchObject({
      name: "Ana Silva-Costa",
      email: "ana@plant.example",
    });
  });

  it("refuses a malformed email and an over-long name", async () => {
    const before = await kit.db.prisma.employee.count();
    const badEmail = await kit.execute(CreateEmployee, { input: { name: "Cy", email: "cy@" } });
    expect(problems(badEmail.data?.employeeCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "email"] },
    ]);
    const longName = await kit.execute(CreateEmployee, { input: { name: "n".repeat(201) } });
    expect(problems(longName.data?.employeeCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.employee.count()).toBe(before);
  });
});

// ---------------------------------------------------------------- locations

describe("locations", () => {
  it("connects a shop floor to a warehouse and shows the path from both ends", async () => {
    const warehouse = await location("Main Warehouse", "WAREHOUSE");
    const created = await kit.execute(CreateLocation, {
      input: { name: "Assembly Hall", kind: "SHOP_FLOOR", connectedWarehouseId: warehouse },
    });
    expect(ok(created.data?.locationCreate).location).toMatchObject({
      name: "Assembly Hall",
      kind: "SHOP_FLOOR",
      connectedWarehouse: { name: "Main Warehouse" },
    });
    await location("Paint Shop", "SHOP_FLOOR");

    expect(
      (await kit.execute(Locations, { kind: "WAREHOUSE", search: "main" })).data?.locations.edges,
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
    expect(names(await kit.execute(Locations, { kind: "SHOP_FLOOR" }))).toEqual([
      "Assembly Hall",
      "Paint Shop",
    ]);
  });

  it("changes a shop floor's connected warehouse, and disconnects it with null", async () => {
    const north = await location("North Store", "WAREHOUSE");
    const south = await location("South Store", "WAREHOUSE");
    const floor = await location("Welding Bay", "SHOP_FLOOR", north);

    const moved = await kit.execute(UpdateLocation, { id: floor, input: { connectedWarehouseId: south } });
    expect(ok(moved.data?.locationUpdate).location?.connectedWarehouse).toEqual({ name: "South Store" });
    const renamed = await kit.execute(UpdateLocation, { id: floor, input: { name: "Welding Bay 2" } });
    expect(ok(renamed.data?.locationUpdate).location?.connectedWarehouse).toEqual({ name: "South Store" });
    const disconnected = await kit.execute(UpdateLocation, {
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
    const spare = await location("Spare Warehouse", "WAREHOUSE");
    const retired = await location("Retired Warehouse", "WAREHOUSE");
    ok((await kit.execute(ArchiveLocation, { id: retired })).data?.locationArchive);
    const otherFloor = await location("Cutting Floor", "SHOP_FLOOR");

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
      const result = await kit.execute(CreateLocation, { input });
      expect(result.data?.locationCreate.location).toBeNull();
      expect(problems(result.data?.locationCreate), input.name).toEqual([
        { code, field: ["input", "connectedWarehouseId"] },
      ]);
    }
    expect(await kit.db.prisma.location.count()).toBe(before);

    // The same rules hold on update, and a refused update leaves the location as it was.
    const floor = await location("Drill Floor", "SHOP_FLOOR", spare);
    const toFloor = await kit.execute(UpdateLocation, {
      id: floor,
      input: { connectedWarehouseId: otherFloor },
    });
    expect(problems(toFloor.data?.locationUpdate)).toEqual([
      { code: "WRONG_LOCATION_KIND", field: ["input", "connectedWarehouseId"] },
    ]);
    const onWarehouse = await kit.execute(UpdateLocation, {
      id: spare,
      input: { connectedWarehouseId: spare },
    });
    expect(problems(onWarehouse.data?.locationUpdate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "connectedWarehouseId"] },
    ]);
    expect(names(await kit.execute(Locations, { search: "Drill Floor" }))).toEqual(["Drill Floor"]);
    expect(
      (await kit.execute(Locations, { search: "Drill Floor" })).data?.locations.edges[0]?.node,
    ).toMatchObject({
      connectedWarehouse: { name: "Spare Warehouse" },
    });
  });

  it("refuses a supplier's id where a location's is expected", async () => {
    const supplierId = await supplier("Not A Place Ltd");
    const before = await kit.db.prisma.location.count();
    const result = await kit.execute(CreateLocation, {
      input: { name: "Mixed Up", kind: "SHOP_FLOOR", connectedWarehouseId: supplierId },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.message).toMatch(/is the id of a Supplier, not of a Location/);
    expect(result.errors?.[0]?.extensions?.field).toEqual(["input", "connectedWarehouseId"]);
    expect(await kit.db.prisma.location.count()).toBe(before);
  });

  it("refuses to archive a warehouse active shop floors draw from, naming them", async () => {
    const warehouse = await location("Central Depot", "WAREHOUSE");
    const lineA = await location("Line A", "SHOP_FLOOR", warehouse);
    const lineB = await location("Line B", "SHOP_FLOOR", warehouse);

    const refused = await kit.execute(ArchiveLocation, { id: warehouse });
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
    expect(names(await kit.execute(Locations, { search: "Central Depot" }))).toEqual(["Central Depot"]);

    // An archived shop floor no longer holds the warehouse, nor shows among its shop floors.
    ok((await kit.execute(ArchiveLocation, { id: lineA })).data?.locationArchive);
    expect(
      (await kit.execute(Locations, { search: "Central Depot" })).data?.locations.edges[0]?.node
        .connectedShopFloors,
    ).toEqual([{ name: "Line B" }]);
    ok(
      (await kit.execute(UpdateLocation, { id: lineB, input: { connectedWarehouseId: null } })).data
        ?.locationUpdate,
    );
    const archived = await kit.execute(ArchiveLocation, { id: warehouse });
    expect(ok(archived.data?.locationArchive).location?.archivedAt).not.toBeNull();
    expect(names(await kit.execute(Locations, { search: "Central Depot" }))).toEqual([]);
    expect(names(await kit.execute(Locations, { search: "Central Depot", includeArchived: true }))).toEqual([
      "Central Depot",
    ]);
  });

  it("refuses a duplicate location name and an over-long one", async () => {
    await location("Dock 1", "WAREHOUSE");
    const before = await kit.db.prisma.location.count();
    const duplicate = await kit.execute(CreateLocation, { input: { name: "DOCK 1", kind: "SHOP_FLOOR" } });
    expect(problems(duplicate.data?.locationCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    const long = await kit.execute(CreateLocation, { input: { name: "d".repeat(201), kind: "WAREHOUSE" } });
    expect(problems(long.data?.locationCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.location.count()).toBe(before);
  });

  it("guards update and archive as well as create (ADMIN for locations)", async () => {
    const key = await keyWithout();
    const yard = await location("Yard", "WAREHOUSE");
    const before = await kit.db.prisma.location.count();
    const refusals = [
      await kit.execute(CreateLocation, { input: { name: "Rogue", kind: "WAREHOUSE" } }, { key }),
      await kit.execute(UpdateLocation, { id: yard, input: { name: "Rogue Yard" } }, { key }),
      await kit.execute(ArchiveLocation, { id: yard }, { key }),
    ];
    expect(refusals.map((result) => result.errors?.[0]?.extensions?.code)).toEqual([
      "FORBIDDEN",
      "FORBIDDEN",
      "FORBIDDEN",
    ]);
    expect(await kit.db.prisma.location.count()).toBe(before);
    expect(names(await kit.execute(Locations, { search: "Yard" }, { key }))).toEqual(["Yard"]);
  });
});

// ---------------------------------------------------------------- resources

describe("resources", () => {
  it("creates, updates, lists and archives a work centre", async () => {
    const created = await kit.execute(CreateResource, {
      input: { name: " CNC Mill ", capacityMinutesPerDay: 480 },
    });
    const resource = ok(created.data?.resourceCreate).resource;
    expect(resource).toMatchObject({ name: "CNC Mill", capacityMinutesPerDay: 480 });
    const id = resource?.id ?? "";

    const fullDay = await kit.execute(UpdateResource, { id, input: { capacityMinutesPerDay: 1440 } });
    expect(ok(fullDay.data?.resourceUpdate).resource).toMatchObject({
      name: "CNC Mill",
      capacityMinutesPerDay: 1440,
    });
    expect((await kit.execute(Resources, { search: "cnc" })).data?.resources.edges).toEqual([
      { node: { name: "CNC Mill", capacityMinutesPerDay: 1440 } },
    ]);

    ok((await kit.execute(ArchiveResource, { id })).data?.resourceArchive);
    expect(names(await kit.execute(Resources, { search: "cnc" }))).toEqual([]);
    expect(names(await kit.execute(Resources, { search: "cnc", includeArchived: true }))).toEqual([
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
    const result = await kit.execute(CreateResource, { input });
    expect(problems(result.data?.resourceCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", field] },
    ]);
    expect(await kit.db.prisma.resource.count()).toBe(before);
  });

  it("refuses a duplicate name, a zero-capacity update and an unknown resource", async () => {
    const created = await kit.execute(CreateResource, {
      input: { name: "Lathe", capacityMinutesPerDay: 60 },
    });
    const id = ok(created.data?.resourceCreate).resource?.id ?? "";
    const before = await kit.db.prisma.resource.count();
    const duplicate = await kit.execute(CreateResource, {
      input: { name: "lathe", capacityMinutesPerDay: 60 },
    });
    expect(problems(duplicate.data?.resourceCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.resource.count()).toBe(before);

    const zero = await kit.execute(UpdateResource, { id, input: { capacityMinutesPerDay: 0 } });
    expect(problems(zero.data?.resourceUpdate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "capacityMinutesPerDay"] },
    ]);
    const lathe = (await kit.execute(Resources, { search: "Lathe" })).data?.resources.edges[0]?.node;
    expect(lathe?.capacityMinutesPerDay).toBe(60);
    const unknown = await kit.execute(UpdateResource, {
      id: unknownId("Resource"),
      input: { name: "Ghost" },
    });
    expect(problems(unknown.data?.resourceUpdate)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
  });
});

// ---------------------------------------------------------------- permissions

describe("permissions", () => {
  const creates = [
    {
      mutation: "supplierCreate",
      permission: "PURCHASING",
      count: () => kit.db.prisma.supplier.count(),
      run: (key: string, name: string) => kit.execute(CreateSupplier, { input: { name } }, { key }),
    },
    {
      mutation: "customerCreate",
      permission: "SALES",
      count: () => kit.db.prisma.customer.count(),
      run: (key: string, name: string) => kit.execute(CreateCustomer, { input: { name } }, { key }),
    },
    {
      mutation: "employeeCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.employee.count(),
      run: (key: string, name: string) => kit.execute(CreateEmployee, { input: { name } }, { key }),
    },
    {
      mutation: "locationCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.location.count(),
      run: (key: string, name: string) =>
        kit.execute(CreateLocation, { input: { name, kind: "WAREHOUSE" } }, { key }),
    },
    {
      mutation: "resourceCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.resource.count(),
      run: (key: string, name: string) =>
        kit.execute(CreateResource, { input: { name, capacityMinutesPerDay: 60 } }, { key }),
    },
  ] as const;

  it.each(creates)(
    "$mutation needs $permission: any other key gets FORBIDDEN",
    async ({ permission, count, run }) => {
      const before = await count();
      const refused = await run(await keyWithout(permission), `Refused ${permission}`);
      expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(refused.data).toBeNull();
      expect(await count()).toBe(before);

      const allowed = await run(await kit.keyWith(permission), `Allowed ${permission} ${before}`);
      expect(allowed.errors).toBeUndefined();
      expect(await count()).toBe(before + 1);
    },
  );

  // The creates above leave at least one row in every list.
  it("lets a key without any permission read every catalog list", async () => {
    const key = await kit.keyWith();
    const lists = [
      await kit.execute(Suppliers, {}, { key }),
      await kit.execute(Customers, {}, { key }),
      await kit.execute(Employees, {}, { key }),
      await kit.execute(Locations, {}, { key }),
      await kit.execute(Resources, {}, { key }),
    ];
    expect(lists.map((result) => result.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(lists.map((result) => (names(result)?.length ?? 0) > 0)).toEqual([true, true, true, true, true]);
  });
});
