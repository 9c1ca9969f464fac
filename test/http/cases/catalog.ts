import { globalId } from "../../kit/ids.ts";
import { createProduct } from "../../kit/world.ts";
import {
  customerArchive,
  customerCreate,
  customerUpdate,
  employeeArchive,
  employeeCreate,
  employeeUpdate,
  locationArchive,
  locationCreate,
  locationUpdate,
  productArchive,
  productCreate,
  productUpdate,
  resourceArchive,
  resourceCreate,
  resourceUpdate,
  supplierArchive,
  supplierCreate,
  supplierUpdate,
} from "../../operations/catalog.ts";
import {
  type BadInput,
  type CaseContext,
  huge,
  missing,
  newRecords,
  type Retries,
  userError,
} from "./context.ts";

/** The retry case of each mutation of the catalog. */
export function retries(c: CaseContext): Retries {
  const row = newRecords(c);
  return {
    customerCreate: async () => ({
      document: customerCreate,
      variables: { input: { name: c.fixtures.unique("Customer"), email: "buyer@example.com" } },
    }),
    customerUpdate: async () => ({
      document: customerUpdate,
      variables: { id: await row.customer(), input: { name: c.fixtures.unique("Customer") } },
    }),
    customerArchive: async () => ({ document: customerArchive, variables: { id: await row.customer() } }),
    employeeCreate: async () => ({
      document: employeeCreate,
      variables: { input: { name: c.fixtures.unique("Employee") } },
    }),
    employeeUpdate: async () => ({
      document: employeeUpdate,
      variables: { id: await row.employee(), input: { email: `${c.fixtures.unique("e")}@example.com` } },
    }),
    employeeArchive: async () => ({ document: employeeArchive, variables: { id: await row.employee() } }),
    locationCreate: async () => ({
      document: locationCreate,
      variables: {
        input: {
          name: c.fixtures.unique("Floor"),
          kind: "SHOP_FLOOR",
          connectedWarehouseId: globalId("Location", c.world.warehouse),
        },
      },
    }),
    locationUpdate: async () => ({
      document: locationUpdate,
      variables: { id: await row.location(), input: { name: c.fixtures.unique("Store") } },
    }),
    locationArchive: async () => ({ document: locationArchive, variables: { id: await row.location() } }),
    productCreate: async () => ({
      document: productCreate,
      variables: {
        input: {
          sku: c.fixtures.unique("NEW"),
          name: "New",
          cost: "3.25",
          barcodes: [c.fixtures.unique("400")],
        },
      },
    }),
    productUpdate: async () => ({
      document: productUpdate,
      variables: { id: await row.product(), input: { name: "Renamed", cost: "9" } },
    }),
    productArchive: async () => ({ document: productArchive, variables: { id: await row.product() } }),
    resourceCreate: async () => ({
      document: resourceCreate,
      variables: { input: { name: c.fixtures.unique("Press"), capacityMinutesPerDay: 480 } },
    }),
    resourceUpdate: async () => ({
      document: resourceUpdate,
      variables: { id: await row.resource(), input: { capacityMinutesPerDay: 600 } },
    }),
    resourceArchive: async () => ({ document: resourceArchive, variables: { id: await row.resource() } }),
    supplierCreate: async () => ({
      document: supplierCreate,
      variables: { input: { name: c.fixtures.unique("Supplier"), phone: "+31 20 123" } },
    }),
    supplierUpdate: async () => ({
      document: supplierUpdate,
      variables: { id: await row.supplier(), input: { phone: "+31 10 999" } },
    }),
    supplierArchive: async () => ({ document: supplierArchive, variables: { id: await row.supplier() } }),
  };
}

/** Bad requests to the mutations of the catalog, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  const _row = newRecords(c);
  return [
    {
      area: "catalog",
      name: "product with an empty SKU",
      prepare: async () => ({ document: productCreate, variables: { input: { sku: " ", name: "Blank" } } }),
      expected: userError("INVALID_INPUT", ["input", "sku"]),
    },
    {
      area: "catalog",
      name: "product with a 100,000-character name",
      prepare: async () => ({ document: productCreate, variables: { input: { sku: "HUGE", name: huge } } }),
      expected: userError("INVALID_INPUT", ["input", "name"]),
    },
    {
      area: "catalog",
      name: "product with a SKU already used",
      prepare: async () => {
        await createProduct(c.kit, "TAKEN");
        return { document: productCreate, variables: { input: { sku: "TAKEN", name: "Again" } } };
      },
      expected: userError("ALREADY_EXISTS", ["input", "sku"]),
    },
    {
      area: "catalog",
      name: "product with a negative cost",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "NEG", name: "N", cost: "-1" } },
      }),
      expected: userError("INVALID_INPUT", ["input", "cost"]),
    },
    {
      area: "catalog",
      name: "product cost with 7 decimals (a Decimal the scalar refuses)",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "PREC", name: "P", cost: "1.1234567" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "product cost of 10^20 (more than 14 integer digits)",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "BIG", name: "B", cost: "100000000000000000000" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "product lead time given as a string (wrong type)",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "LT", name: "L", leadTimeDays: "ten" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "product lead time of 2^40 (beyond Int)",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "LT2", name: "L", leadTimeDays: 2 ** 40 } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "product input with an unknown field",
      prepare: async () => ({
        document: productCreate,
        variables: { input: { sku: "UNK", name: "U", colour: "red" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "update of a product that does not exist",
      prepare: async () => ({
        document: productUpdate,
        variables: { id: missing("Product"), input: { name: "Ghost" } },
      }),
      expected: userError("NOT_FOUND", ["id"]),
    },
    {
      area: "catalog",
      name: "update with a malformed global id",
      prepare: async () => ({
        document: productUpdate,
        variables: { id: "not-an-id", input: { name: "X" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "update with the global id of another type",
      prepare: async () => ({
        document: productUpdate,
        variables: { id: globalId("Customer", c.world.customer), input: { name: "X" } },
      }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      area: "catalog",
      name: "supplier with an invalid email",
      prepare: async () => ({
        document: supplierCreate,
        variables: { input: { name: "Mail", email: "not-mail" } },
      }),
      expected: userError("INVALID_INPUT", ["input", "email"]),
    },
    {
      area: "catalog",
      name: "customer whose name differs from an archived one only in case",
      prepare: async () => ({ document: customerCreate, variables: { input: { name: "closed shop" } } }),
      expected: userError("ALREADY_EXISTS", ["input", "name"]),
    },
    {
      area: "catalog",
      name: "employee with an empty name",
      prepare: async () => ({ document: employeeCreate, variables: { input: { name: "" } } }),
      expected: userError("INVALID_INPUT", ["input", "name"]),
    },
    {
      area: "catalog",
      name: "shop floor connected to a shop floor",
      prepare: async () => ({
        document: locationCreate,
        variables: {
          input: {
            name: "Floor 2",
            kind: "SHOP_FLOOR",
            connectedWarehouseId: globalId("Location", c.world.shopFloor),
          },
        },
      }),
      expected: userError("WRONG_LOCATION_KIND", ["input", "connectedWarehouseId"]),
    },
    {
      area: "catalog",
      name: "archiving a warehouse an active shop floor draws from",
      prepare: async () => ({
        document: locationArchive,
        variables: { id: globalId("Location", c.world.warehouse) },
      }),
      expected: userError("IN_USE", ["id"]),
    },
    {
      area: "catalog",
      name: "resource with 2,000 minutes a day",
      prepare: async () => ({
        document: resourceCreate,
        variables: { input: { name: "Oven", capacityMinutesPerDay: 2000 } },
      }),
      expected: userError("INVALID_INPUT", ["input", "capacityMinutesPerDay"]),
    },
  ];
}
