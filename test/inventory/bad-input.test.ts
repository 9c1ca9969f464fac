import { beforeAll, describe, expect, it } from "vitest";
import type { AdjustmentType } from "../graphql/graphql.ts";
import type { TestKit } from "../kit/app.ts";
import { stockAdjust } from "../operations/inventory.ts";
import { inventoryFixtures, type Line, locationGid } from "./fixtures.ts";

const { use, ids, createProduct, adjust, adjustOk, snapshot } = inventoryFixtures();
let kit: TestKit;
use((opened) => {
  kit = opened;
});

describe("bad input", () => {
  let part = 0;
  beforeAll(async () => {
    part = await createProduct("PART-1");
    await adjustOk("OTHER", [{ product: part, location: ids.warehouse, quantity: "10" }]);
  });

  const cases: {
    name: string;
    type: AdjustmentType;
    lines: () => Line[];
    note?: string;
    errors: { code: string; message?: string; field: string[] }[];
  }[] = [
    {
      name: "an unknown product",
      type: "OTHER",
      lines: () => [{ product: 999_999, location: ids.warehouse, quantity: "1" }],
      errors: [
        {
          code: "NOT_FOUND",
          message: "No product with this id",
          field: ["input", "lines", "0", "productId"],
        },
      ],
    },
    {
      name: "an unknown location",
      type: "OTHER",
      lines: () => [{ product: part, location: 999_999, quantity: "1" }],
      errors: [
        {
          code: "NOT_FOUND",
          message: "No location with this id",
          field: ["input", "lines", "0", "locationId"],
        },
      ],
    },
    {
      name: "an archived product and an archived location, both reported",
      type: "OTHER",
      lines: () => [
        { product: ids.archivedProduct, location: ids.warehouse, quantity: "1" },
        { product: part, location: ids.archivedLocation, quantity: "1" },
      ],
      errors: [
        { code: "ARCHIVED", message: "The product is archived", field: ["input", "lines", "0", "productId"] },
        {
          code: "ARCHIVED",
          message: "The location is archived",
          field: ["input", "lines", "1", "locationId"],
        },
      ],
    },
    ...(["WASTE", "DAMAGE"] as const).flatMap((type) =>
      ["0", "-1"].map((quantity) => ({
        name: `${type} of ${quantity}`,
        type,
        lines: () => [{ product: part, location: ids.warehouse, quantity }],
        errors: [
          {
            code: "INVALID_INPUT",
            message: "must be greater than zero",
            field: ["input", "lines", "0", "quantity"],
          },
        ],
      })),
    ),
    {
      name: "an OTHER change of zero",
      type: "OTHER",
      lines: () => [{ product: part, location: ids.warehouse, quantity: "0.000" }],
      errors: [
        { code: "INVALID_INPUT", message: "must not be zero", field: ["input", "lines", "0", "quantity"] },
      ],
    },
    {
      name: "a negative count",
      type: "COUNT",
      lines: () => [{ product: part, location: ids.warehouse, quantity: "-1" }],
      errors: [
        {
          code: "INVALID_INPUT",
          message: "must not be negative",
          field: ["input", "lines", "0", "quantity"],
        },
      ],
    },
    {
      name: "a note over 1000 characters",
      type: "OTHER",
      note: "x".repeat(1001),
      lines: () => [{ product: part, location: ids.warehouse, quantity: "1" }],
      errors: [
        { code: "INVALID_INPUT", message: "must be at most 1000 characters", field: ["input", "note"] },
      ],
    },
    {
      name: "the same product and location twice",
      type: "OTHER",
      lines: () => [
        { product: part, location: ids.warehouse, quantity: "1" },
        { product: part, location: ids.shopFloor, quantity: "1" },
        { product: part, location: ids.warehouse, quantity: "2" },
      ],
      errors: [{ code: "INVALID_INPUT", field: ["input", "lines", "2"] }],
    },
    {
      name: "no lines",
      type: "OTHER",
      lines: () => [],
      errors: [{ code: "INVALID_INPUT", message: "must have at least one line", field: ["input", "lines"] }],
    },
    {
      name: "more than 200 lines",
      type: "OTHER",
      lines: () =>
        Array.from({ length: 201 }, (_, index) => ({
          product: part,
          location: ids.warehouse + index,
          quantity: "1",
        })),
      errors: [{ code: "INVALID_INPUT", message: "must have at most 200 lines", field: ["input", "lines"] }],
    },
  ];

  for (const example of cases) {
    it(`refuses ${example.name} and writes nothing`, async () => {
      const before = await snapshot();
      const result = await adjust(
        example.type,
        example.lines(),
        example.note === undefined ? {} : { note: example.note },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.stockAdjust.adjustment).toBeNull();
      expect(result.data?.stockAdjust.userErrors).toMatchObject(example.errors);
      expect(result.data?.stockAdjust.userErrors).toHaveLength(example.errors.length);
      expect(await snapshot()).toEqual(before);
    });
  }

  it("refuses a Decimal with more than 6 decimals before running anything", async () => {
    const before = await snapshot();
    const result = await adjust("OTHER", [{ product: part, location: ids.warehouse, quantity: "0.1234567" }]);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain("more than 6 decimal places");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses a global id of the wrong type", async () => {
    const result = await kit.execute(stockAdjust, {
      input: {
        type: "OTHER",
        lines: [
          { productId: locationGid(ids.warehouse), locationId: locationGid(ids.warehouse), quantity: "1" },
        ],
      },
    });
    expect(result.data?.stockAdjust ?? null).toBeNull();
    expect(result.errors?.[0]?.message).toContain("is the id of a Location, not of a Product");
    expect(result.errors?.[0]?.extensions?.field).toEqual(["input", "lines", "0", "productId"]);
  });
});
