import { describe, expect, it } from "vitest";
import { type TestKit, useTestKit } from "../kit/app.ts";
import {
  customerCreate,
  customers,
  employeeCreate,
  employees,
  locationCreate,
  locations,
  resourceCreate,
  resources,
  supplierCreate,
  suppliers,
} from "../operations/catalog.ts";
import { keyWithout, names } from "./support.ts";

let kit: TestKit;
useTestKit((opened) => {
  kit = opened;
});

// ---------------------------------------------------------------- permissions

describe("permissions", () => {
  const creates = [
    {
      mutation: "supplierCreate",
      permission: "PURCHASING",
      count: () => kit.db.prisma.supplier.count(),
      run: (key: string, name: string) => kit.execute(supplierCreate, { input: { name } }, { key }),
    },
    {
      mutation: "customerCreate",
      permission: "SALES",
      count: () => kit.db.prisma.customer.count(),
      run: (key: string, name: string) => kit.execute(customerCreate, { input: { name } }, { key }),
    },
    {
      mutation: "employeeCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.employee.count(),
      run: (key: string, name: string) => kit.execute(employeeCreate, { input: { name } }, { key }),
    },
    {
      mutation: "locationCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.location.count(),
      run: (key: string, name: string) =>
        kit.execute(locationCreate, { input: { name, kind: "WAREHOUSE" } }, { key }),
    },
    {
      mutation: "resourceCreate",
      permission: "ADMIN",
      count: () => kit.db.prisma.resource.count(),
      run: (key: string, name: string) =>
        kit.execute(resourceCreate, { input: { name, capacityMinutesPerDay: 60 } }, { key }),
    },
  ] as const;

  it.each(creates)(
    "$mutation needs $permission: any other key gets FORBIDDEN",
    async ({ permission, count, run }) => {
      const before = await count();
      const refused = await run(await keyWithout(kit, permission), `Refused ${permission}`);
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
      await kit.execute(suppliers, {}, { key }),
      await kit.execute(customers, {}, { key }),
      await kit.execute(employees, {}, { key }),
      await kit.execute(locations, {}, { key }),
      await kit.execute(resources, {}, { key }),
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
