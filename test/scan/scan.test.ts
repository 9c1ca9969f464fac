import { beforeAll, describe, expect, it } from "vitest";
import { ORDER_PREFIX, type OrderKind } from "../../src/domain/orders/numbers.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { decodeId } from "../kit/ids.ts";
import { type Fixtures, makeFixtures, seedWorld } from "../kit/world.ts";
import { locationCreate, productByBarcode, productCreate } from "../operations/catalog.ts";
import { scan } from "../operations/scan.ts";

let kit: TestKit;
let fixtures: Fixtures;
useTestKit((opened) => {
  kit = opened;
});

const GS = "\u001d";

/** Each match as `Type name-or-number`, in the order the scan gave them. */
async function scanned(code: string, key?: string): Promise<string[]> {
  const result = await kit.execute(scan, { code }, { key });
  expect(result.errors).toBeUndefined();
  return (result.data?.scan.matches ?? []).map((match) => {
    switch (match.__typename) {
      case "Product":
        return `Product ${match.sku}`;
      case "Location":
        return `Location ${match.name}`;
      default:
        return `${match.__typename} ${match.number}`;
    }
  });
}

async function product(sku: string, barcodes: string[] = []) {
  const created = await kit.execute(productCreate, { input: { sku, name: sku, barcodes } });
  expect(created.data?.productCreate.userErrors).toEqual([]);
}

async function location(name: string, code: string) {
  const created = await kit.execute(locationCreate, { input: { name, code, kind: "WAREHOUSE" } });
  expect(created.data?.locationCreate.userErrors).toEqual([]);
}

beforeAll(async () => {
  fixtures = makeFixtures(kit, await seedWorld(kit));
  await product("WHEEL-9", ["ABC-123x"]);
  // A GTIN stored in its EAN-13 form, and one stored as a UPC-A (GTIN-12).
  await product("FORK-2", ["9501101530003"]);
  await product("SEAT-4", ["012345678905"]);
  await product("DOCK-1");
  await location("Dock", "dock-1");
  await location("Rack A", "RACK-A1");
});

describe("scan", () => {
  it("finds a product by its barcode and by its SKU, in any case", async () => {
    expect(await scanned("abc-123X")).toEqual(["Product WHEEL-9"]);
    expect(await scanned("wheel-9")).toEqual(["Product WHEEL-9"]);
  });

  it("finds a location by its code, in any case", async () => {
    expect(await scanned("rack-a1")).toEqual(["Location Rack A"]);
  });

  it("returns everything a code names: a SKU equal to a location code gives both, the product first", async () => {
    expect(await scanned("DOCK-1")).toEqual(["Product DOCK-1", "Location Dock"]);
  });

  it("finds each kind of order by every form of its printed number, and only that kind", async () => {
    const orders: [OrderKind, string][] = [
      ["ProductionOrder", (await fixtures.productionOrder("DRAFT")).id],
      ["PurchaseOrder", (await fixtures.purchaseOrder("DRAFT")).id],
      ["TransferOrder", (await fixtures.transferOrder("DRAFT")).id],
      ["SalesOrder", (await fixtures.salesOrder("DRAFT")).id],
    ];
    for (const [kind, id] of orders) {
      const prefix = ORDER_PREFIX[kind];
      const digits = String(decodeId(id));
      const printed = `${prefix}-${digits.padStart(5, "0")}`;
      const forms = [
        printed,
        printed.toLowerCase(),
        `${prefix}${digits.padStart(5, "0")}`,
        `${prefix.toLowerCase()}${digits}`,
        `${prefix}-${digits}`,
        ` ${printed}\r\n`,
      ];
      for (const form of forms) expect(await scanned(form), form).toEqual([`${kind} ${printed}`]);
    }
    // Digits alone, another prefix or no such order: no order.
    expect(await scanned("00001")).toEqual([]);
    expect(await scanned("XO-00001")).toEqual([]);
    expect(await scanned("MO-99999")).toEqual([]);
    expect(await scanned("MO-99999999999")).toEqual([]);
  });

  it("reads a GS1 DataMatrix string and finds the product whose GTIN is stored as its EAN-13", async () => {
    const code = `]d2010950110153000317261231${"10LOT7"}${GS}21SER-9${GS}3712`;
    const result = await kit.execute(scan, { code });
    expect(result.errors).toBeUndefined();
    expect(result.data?.scan).toMatchObject({
      code,
      gs1Problem: null,
      gs1: {
        gtin: "09501101530003",
        lot: "LOT7",
        expiryDate: "2026-12-31",
        serial: "SER-9",
        count: "12",
        sscc: null,
        containedGtin: null,
        elements: [
          { ai: "01", value: "09501101530003" },
          { ai: "17", value: "261231" },
          { ai: "10", value: "LOT7" },
          { ai: "21", value: "SER-9" },
          { ai: "37", value: "12" },
        ],
      },
      matches: [{ __typename: "Product", sku: "FORK-2" }],
    });
    // The same label as printed under the symbol, and as a GS1-128 scan.
    expect(await scanned("(01)09501101530003(17)261231(10)LOT7(21)SER-9(37)12")).toEqual(["Product FORK-2"]);
    expect(await scanned(`]C1010950110153000310LOT7${GS}17261200`)).toEqual(["Product FORK-2"]);
    // A GTIN-14 of a UPC-A finds the barcode stored as 12 digits; so does the plain EAN-13 of it.
    expect(await scanned("(01)00012345678905")).toEqual(["Product SEAT-4"]);
    expect(await scanned("0012345678905")).toEqual(["Product SEAT-4"]);
  });

  it("reports a malformed GS1 string in gs1Problem and still looks the code up as it is", async () => {
    const cases: [string, RegExp][] = [
      ["(01)09501101530004", /\(01\) "09501101530004" has a wrong check digit/],
      ["]C11726133210X", /\(17\) "261332" has no month 13/],
      ["(17)270229", /\(17\) "270229" has no day 29: 2027-02 has 28 days/],
      [`(10)${"L".repeat(21)}`, /\(10\) "L{21}" must be 1 to 20 letters/],
      ["(01)0950110153", /not a readable GS1 element string/],
      [`]d2${GS}`, /without any element/],
    ];
    for (const [code, problem] of cases) {
      const result = await kit.execute(scan, { code });
      expect(result.errors, code).toBeUndefined();
      expect(result.data?.scan.gs1, code).toBeNull();
      expect(result.data?.scan.gs1Problem, code).toMatch(problem);
      expect(result.data?.scan.matches, code).toEqual([]);
    }
    // Not marked as GS1 (no identifier, parentheses or GS): no gs1 and no problem, even if it starts like one.
    const plain = await kit.execute(scan, { code: "4006381333931" });
    expect(plain.data?.scan).toMatchObject({ gs1: null, gs1Problem: null, matches: [] });
  });

  it("answers an unknown code with an empty list", async () => {
    expect(await scanned("NOTHING-HERE")).toEqual([]);
  });

  it("leaves out a match the key may not read, and does not fail", async () => {
    const order = (await fixtures.productionOrder("DRAFT")).id;
    const printed = `MO-${String(decodeId(order)).padStart(5, "0")}`;
    expect(await scanned(printed)).toEqual([`ProductionOrder ${printed}`]);
    // Production orders need PRODUCTION_VIEW; products, locations and the other orders any key reads.
    const sales = await kit.keyWith("SALES");
    expect(await scanned(printed, sales)).toEqual([]);
    expect(await scanned("DOCK-1", sales)).toEqual(["Product DOCK-1", "Location Dock"]);
    const purchase = (await fixtures.purchaseOrder("DRAFT")).id;
    const purchaseNumber = `PO-${String(decodeId(purchase)).padStart(5, "0")}`;
    expect(await scanned(purchaseNumber, sales)).toEqual([`PurchaseOrder ${purchaseNumber}`]);
  });

  it.each([
    ["", "must not be empty"],
    [" \r\n\t", "must not be empty"],
    ["X".repeat(257), "must be at most 256 characters"],
    ["BIKE\u0007", "must not contain control characters other than the GS1 separator GS (U+001D)"],
    ["BI\nKE", "must not contain control characters other than the GS1 separator GS (U+001D)"],
    ["BIKE\u001e", "must not contain control characters other than the GS1 separator GS (U+001D)"],
    ["BIKE\u0085", "must not contain control characters other than the GS1 separator GS (U+001D)"],
  ])("refuses the code %j with a typed error naming `code`", async (code, message) => {
    const refusal = [{ message, extensions: { code: "INVALID_INPUT", field: ["code"] } }];
    const scanned = await kit.execute(scan, { code });
    expect(scanned.data ?? null).toBeNull();
    expect(scanned.errors).toMatchObject(refusal);
    const looked = await kit.execute(productByBarcode, { code });
    expect(looked.data?.productByBarcode ?? null).toBeNull();
    expect(looked.errors).toMatchObject(refusal);
  });

  it("refuses NUL at the edge, naming `code`", async () => {
    const result = await kit.execute(scan, { code: "BI\u0000KE" });
    expect(result.errors).toMatchObject([{ extensions: { code: "BAD_USER_INPUT", field: ["code"] } }]);
  });
});

describe("productByBarcode", () => {
  it("finds a product by barcode or SKU in any case, and by the GTIN of a GS1 string", async () => {
    for (const code of ["ABC-123X", "wheel-9"]) {
      expect((await kit.execute(productByBarcode, { code })).data?.productByBarcode?.sku).toBe("WHEEL-9");
    }
    const gs1 = await kit.execute(productByBarcode, { code: "(01)09501101530003(10)LOT7" });
    expect(gs1.data?.productByBarcode?.sku).toBe("FORK-2");
    expect((await kit.execute(productByBarcode, { code: "NOTHING" })).data?.productByBarcode).toBeNull();
  });

  it("prefers the barcode as sent to a SKU, and a SKU to another form of a GTIN", async () => {
    await product("4006381333931");
    await product("BARCODED", ["4006381333931"]);
    await product("GTIN14", ["04006381333931"]);
    const found = async (code: string) =>
      (await kit.execute(productByBarcode, { code })).data?.productByBarcode?.sku;
    expect(await found("4006381333931")).toBe("BARCODED");
    expect(await found("04006381333931")).toBe("GTIN14");
    expect(await scanned("4006381333931")).toEqual([
      "Product BARCODED",
      "Product 4006381333931",
      "Product GTIN14",
    ]);
  });
});
