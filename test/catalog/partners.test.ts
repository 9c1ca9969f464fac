import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { decodeId } from "../kit/ids.ts";
import {
  customerArchive,
  customerCreate,
  customers,
  employeeCreate,
  employees,
  employeeUpdate,
  supplierArchive,
  supplierCreate,
  suppliers,
  supplierUpdate,
} from "../operations/catalog.ts";
import { names, ok, problems, supplier, unknownId } from "./support.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

// ---------------------------------------------------------------- suppliers and customers

describe("suppliers", () => {
  it("creates a supplier with trimmed fields and changes only the fields an update names", async () => {
    const created = await kit.execute(supplierCreate, {
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

    const renamed = await kit.execute(supplierUpdate, { id, input: { name: "Acme Metal Works" } });
    expect(ok(renamed.data?.supplierUpdate).supplier).toEqual({
      id,
      name: "Acme Metal Works",
      email: "sales@acme.example",
      phone: "+49 30 1234",
    });

    const cleared = await kit.execute(supplierUpdate, { id, input: { phone: null } });
    expect(ok(cleared.data?.supplierUpdate).supplier).toMatchObject({
      email: "sales@acme.example",
      phone: null,
    });

    // Changing only the case of its own name is not a clash with itself.
    const recased = await kit.execute(supplierUpdate, { id, input: { name: "ACME Metal Works" } });
    expect(ok(recased.data?.supplierUpdate).supplier?.name).toBe("ACME Metal Works");
  });

  it("records an event for each change, and none for archiving twice", async () => {
    const id = await supplier(kit, "Evented Supplies");
    await kit.execute(supplierUpdate, { id, input: { phone: "123" } });
    const first = await kit.execute(supplierArchive, { id });
    const second = await kit.execute(supplierArchive, { id });
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
    for (const name of ["Listing Zeta", "Listing Alpha", "Listing Mu"]) await supplier(kit, name);
    const archived = await supplier(kit, "Listing Omega");
    ok((await kit.execute(supplierArchive, { id: archived })).data?.supplierArchive);

    expect(names(await kit.execute(suppliers, { search: "listing" }))).toEqual([
      "Listing Alpha",
      "Listing Mu",
      "Listing Zeta",
    ]);
    expect(names(await kit.execute(suppliers, { search: "LISTING", includeArchived: true }))).toEqual([
      "Listing Alpha",
      "Listing Mu",
      "Listing Omega",
      "Listing Zeta",
    ]);

    const page1 = await kit.execute(suppliers, { search: "Listing", first: 2 });
    expect(names(page1)).toEqual(["Listing Alpha", "Listing Mu"]);
    expect(page1.data?.suppliers.pageInfo.hasNextPage).toBe(true);
    const page2 = await kit.execute(suppliers, {
      search: "Listing",
      first: 2,
      after: page1.data?.suppliers.pageInfo.endCursor,
    });
    expect(names(page2)).toEqual(["Listing Zeta"]);
    expect(page2.data?.suppliers.pageInfo.hasNextPage).toBe(false);
  });

  it("takes a search term literally: LIKE's wildcards match only themselves", async () => {
    for (const name of ["Steel 100% recycled", "Steel 1000 sheets", "Steel_works", "Steel-works"]) {
      await supplier(kit, name);
    }
    expect(names(await kit.execute(suppliers, { search: "100%" }))).toEqual(["Steel 100% recycled"]);
    expect(names(await kit.execute(suppliers, { search: "steel_" }))).toEqual(["Steel_works"]);
  });

  it("refuses a name already used, ignoring case, by an active or an archived supplier", async () => {
    await supplier(kit, "Borealis Parts");
    const archived = await supplier(kit, "Old Parts");
    await kit.execute(supplierArchive, { id: archived });
    const before = await kit.db.prisma.supplier.count();

    const duplicate = await kit.execute(supplierCreate, { input: { name: "borealis PARTS" } });
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
    const clashWithArchived = await kit.execute(supplierCreate, { input: { name: "Old Parts" } });
    expect(clashWithArchived.data?.supplierCreate.userErrors[0]?.message).toBe(
      'The name "Old Parts" is already used by an archived supplier',
    );
    expect(await kit.db.prisma.supplier.count()).toBe(before);

    const other = await supplier(kit, "Cirrus Parts");
    const rename = await kit.execute(supplierUpdate, { id: other, input: { name: "Borealis Parts" } });
    expect(problems(rename.data?.supplierUpdate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    expect(names(await kit.execute(suppliers, { search: "Cirrus" }))).toEqual(["Cirrus Parts"]);
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
    const result = await kit.execute(supplierCreate, { input });
    expect(result.data?.supplierCreate.supplier).toBeNull();
    expect(problems(result.data?.supplierCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", field] },
    ]);
    expect(await kit.db.prisma.supplier.count()).toBe(before);
  });

  it("accepts a name of exactly 200 characters", async () => {
    const result = await kit.execute(supplierCreate, { input: { name: "y".repeat(200) } });
    expect(ok(result.data?.supplierCreate).supplier?.name).toHaveLength(200);
  });

  it("reports an unknown supplier on update and archive", async () => {
    const update = await kit.execute(supplierUpdate, { id: unknownId("Supplier"), input: { name: "Ghost" } });
    expect(problems(update.data?.supplierUpdate)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
    const archive = await kit.execute(supplierArchive, { id: unknownId("Supplier") });
    expect(problems(archive.data?.supplierArchive)).toEqual([{ code: "NOT_FOUND", field: ["id"] }]);
  });
});

describe("customers", () => {
  it("creates, lists and archives customers with SALES, under the same rules as suppliers", async () => {
    const salesKey = await kit.keyWith("SALES");
    const created = await kit.execute(
      customerCreate,
      { input: { name: " Bike Shop Berlin ", email: "orders@bikeshop.example" } },
      { key: salesKey },
    );
    const customerRow = ok(created.data?.customerCreate).customer;
    expect(customerRow).toMatchObject({
      name: "Bike Shop Berlin",
      email: "orders@bikeshop.example",
      phone: null,
    });

    expect(names(await kit.execute(customers, { search: "bike shop" }))).toEqual(["Bike Shop Berlin"]);
    ok(
      (await kit.execute(customerArchive, { id: customerRow?.id ?? "" }, { key: salesKey })).data
        ?.customerArchive,
    );
    expect(names(await kit.execute(customers, { search: "bike shop" }))).toEqual([]);
    expect(names(await kit.execute(customers, { search: "bike shop", includeArchived: true }))).toEqual([
      "Bike Shop Berlin",
    ]);

    const before = await kit.db.prisma.customer.count();
    const duplicate = await kit.execute(customerCreate, { input: { name: "BIKE SHOP BERLIN" } });
    expect(problems(duplicate.data?.customerCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "name"] },
    ]);
    const badEmail = await kit.execute(customerCreate, { input: { name: "Shop", email: "nope" } });
    expect(problems(badEmail.data?.customerCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "email"] },
    ]);
    expect(await kit.db.prisma.customer.count()).toBe(before);
  });

  it("a supplier's name does not clash with a customer's", async () => {
    await supplier(kit, "Both Ways GmbH");
    const customer = await kit.execute(customerCreate, { input: { name: "Both Ways GmbH" } });
    expect(ok(customer.data?.customerCreate).customer?.name).toBe("Both Ways GmbH");
  });
});

// ---------------------------------------------------------------- employees

describe("employees", () => {
  it("lets two employees share a name but not an email (ignoring case)", async () => {
    const first = await kit.execute(employeeCreate, {
      input: { name: "Ana Silva", email: "ana@plant.example" },
    });
    const ana = ok(first.data?.employeeCreate).employee;
    const namesake = await kit.execute(employeeCreate, { input: { name: "Ana Silva" } });
    ok(namesake.data?.employeeCreate);
    const noEmail = await kit.execute(employeeCreate, { input: { name: "Ben Okafor", email: null } });
    ok(noEmail.data?.employeeCreate);

    const before = await kit.db.prisma.employee.count();
    const duplicate = await kit.execute(employeeCreate, {
      input: { name: "Someone", email: "ANA@plant.example" },
    });
    expect(problems(duplicate.data?.employeeCreate)).toEqual([
      { code: "ALREADY_EXISTS", field: ["input", "email"] },
    ]);
    expect(await kit.db.prisma.employee.count()).toBe(before);

    expect(await kit.execute(employees, { search: "ana" })).toMatchObject({
      data: {
        employees: {
          edges: [{ node: { name: "Ana Silva", email: "ana@plant.example" } }, { node: { email: null } }],
        },
      },
    });

    const renamed = await kit.execute(employeeUpdate, {
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
    const badEmail = await kit.execute(employeeCreate, { input: { name: "Cy", email: "cy@" } });
    expect(problems(badEmail.data?.employeeCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "email"] },
    ]);
    const longName = await kit.execute(employeeCreate, { input: { name: "n".repeat(201) } });
    expect(problems(longName.data?.employeeCreate)).toEqual([
      { code: "INVALID_INPUT", field: ["input", "name"] },
    ]);
    expect(await kit.db.prisma.employee.count()).toBe(before);
  });
});
