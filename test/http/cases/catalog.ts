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
  type AnyDocument,
  type BadInput,
  type CaseContext,
  huge,
  inArea,
  missing,
  type NewRecords,
  type Retries,
  sending,
  userError,
  type Variables,
} from "./context.ts";

/** `document` on a new record of `kind`, with the input `input` builds (an update) or none (an archive). */
const onNewRecord =
  (c: CaseContext, document: AnyDocument, kind: keyof NewRecords, input?: () => Variables) => async () => ({
    document,
    variables: { id: await c.newRecord[kind](), ...(input && { input: input() }) },
  });

/** The retry case of each mutation of the catalog. */
export function retries(c: CaseContext): Retries {
  const unique = (prefix: string) => c.fixtures.unique(prefix);
  return {
    customerCreate: sending(customerCreate, () => ({
      input: { name: unique("Customer"), email: "buyer@example.com" },
    })),
    customerUpdate: onNewRecord(c, customerUpdate, "customer", () => ({ name: unique("Customer") })),
    customerArchive: onNewRecord(c, customerArchive, "customer"),
    employeeCreate: sending(employeeCreate, () => ({ input: { name: unique("Employee") } })),
    employeeUpdate: onNewRecord(c, employeeUpdate, "employee", () => ({
      email: `${unique("e")}@example.com`,
    })),
    employeeArchive: onNewRecord(c, employeeArchive, "employee"),
    locationCreate: sending(locationCreate, () => ({
      input: {
        name: unique("Floor"),
        code: unique("FLOOR"),
        kind: "SHOP_FLOOR",
        connectedWarehouseId: globalId("Location", c.world.warehouse),
      },
    })),
    locationUpdate: onNewRecord(c, locationUpdate, "location", () => ({
      name: unique("Store"),
      code: unique("STORE"),
    })),
    locationArchive: onNewRecord(c, locationArchive, "location"),
    productCreate: sending(productCreate, () => ({
      input: { sku: unique("NEW"), name: "New", cost: "3.25", barcodes: [unique("400")] },
    })),
    productUpdate: onNewRecord(c, productUpdate, "product", () => ({ name: "Renamed", cost: "9" })),
    productArchive: onNewRecord(c, productArchive, "product"),
    resourceCreate: sending(resourceCreate, () => ({
      input: { name: unique("Press"), capacityMinutesPerDay: 480 },
    })),
    resourceUpdate: onNewRecord(c, resourceUpdate, "resource", () => ({ capacityMinutesPerDay: 600 })),
    resourceArchive: onNewRecord(c, resourceArchive, "resource"),
    supplierCreate: sending(supplierCreate, () => ({
      input: { name: unique("Supplier"), phone: "+31 20 123" },
    })),
    supplierUpdate: onNewRecord(c, supplierUpdate, "supplier", () => ({ phone: "+31 10 999" })),
    supplierArchive: onNewRecord(c, supplierArchive, "supplier"),
  };
}

/** Bad requests to the mutations of the catalog, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("catalog", [
    {
      name: "product with an empty SKU",
      prepare: sending(productCreate, { input: { sku: " ", name: "Blank" } }),
      expected: userError("INVALID_INPUT", ["input", "sku"]),
    },
    {
      name: "product with a 100,000-character name",
      prepare: sending(productCreate, { input: { sku: "HUGE", name: huge } }),
      expected: userError("INVALID_INPUT", ["input", "name"]),
    },
    {
      name: "product with a SKU already used",
      prepare: async () => {
        await createProduct(c.kit, "TAKEN");
        return { document: productCreate, variables: { input: { sku: "TAKEN", name: "Again" } } };
      },
      expected: userError("ALREADY_EXISTS", ["input", "sku"]),
    },
    {
      name: "product with a negative cost",
      prepare: sending(productCreate, { input: { sku: "NEG", name: "N", cost: "-1" } }),
      expected: userError("INVALID_INPUT", ["input", "cost"]),
    },
    {
      name: "product cost with 7 decimals (a Decimal the scalar refuses)",
      prepare: sending(productCreate, { input: { sku: "PREC", name: "P", cost: "1.1234567" } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "product cost of 10^20 (more than 14 integer digits)",
      prepare: sending(productCreate, { input: { sku: "BIG", name: "B", cost: "100000000000000000000" } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "product lead time given as a string (wrong type)",
      prepare: sending(productCreate, { input: { sku: "LT", name: "L", leadTimeDays: "ten" } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "product lead time of 2^40 (beyond Int)",
      prepare: sending(productCreate, { input: { sku: "LT2", name: "L", leadTimeDays: 2 ** 40 } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "product input with an unknown field",
      prepare: sending(productCreate, { input: { sku: "UNK", name: "U", colour: "red" } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "update of a product that does not exist",
      prepare: sending(productUpdate, { id: missing("Product"), input: { name: "Ghost" } }),
      expected: userError("NOT_FOUND", ["id"]),
    },
    {
      name: "update with a malformed global id",
      prepare: sending(productUpdate, { id: "not-an-id", input: { name: "X" } }),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "update with the global id of another type",
      prepare: sending(productUpdate, () => ({
        id: globalId("Customer", c.world.customer),
        input: { name: "X" },
      })),
      expected: { error: "BAD_USER_INPUT" },
    },
    {
      name: "supplier with an invalid email",
      prepare: sending(supplierCreate, { input: { name: "Mail", email: "not-mail" } }),
      expected: userError("INVALID_INPUT", ["input", "email"]),
    },
    {
      name: "customer whose name differs from an archived one only in case",
      prepare: sending(customerCreate, { input: { name: "closed shop" } }),
      expected: userError("ALREADY_EXISTS", ["input", "name"]),
    },
    {
      name: "employee with an empty name",
      prepare: sending(employeeCreate, { input: { name: "" } }),
      expected: userError("INVALID_INPUT", ["input", "name"]),
    },
    {
      name: "shop floor connected to a shop floor",
      prepare: sending(locationCreate, () => ({
        input: {
          name: "Floor 2",
          kind: "SHOP_FLOOR",
          connectedWarehouseId: globalId("Location", c.world.shopFloor),
        },
      })),
      expected: userError("WRONG_LOCATION_KIND", ["input", "connectedWarehouseId"]),
    },
    {
      name: "location whose code holds a space",
      prepare: sending(locationCreate, { input: { name: "Bay", kind: "WAREHOUSE", code: "BAY 1" } }),
      expected: userError("INVALID_INPUT", ["input", "code"]),
    },
    {
      name: "location code another location has, in another case",
      prepare: async () => {
        const code = c.fixtures.unique("BAY");
        await c.kit.execute(locationCreate, {
          input: { name: c.fixtures.unique("Bay"), kind: "WAREHOUSE", code },
        });
        return {
          document: locationCreate,
          variables: {
            input: { name: c.fixtures.unique("Bay"), kind: "WAREHOUSE", code: code.toLowerCase() },
          },
        };
      },
      expected: userError("ALREADY_EXISTS", ["input", "code"]),
    },
    {
      name: "archiving a warehouse an active shop floor draws from",
      prepare: sending(locationArchive, () => ({ id: globalId("Location", c.world.warehouse) })),
      expected: userError("IN_USE", ["id"]),
    },
    {
      name: "resource with 2,000 minutes a day",
      prepare: sending(resourceCreate, { input: { name: "Oven", capacityMinutesPerDay: 2000 } }),
      expected: userError("INVALID_INPUT", ["input", "capacityMinutesPerDay"]),
    },
  ]);
}
