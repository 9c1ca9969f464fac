import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import {
  idsNumberedFrom,
  ORDER_PREFIX,
  type OrderKind,
  orderIdOf,
  parseOrderNumber,
} from "../../src/domain/orders/numbers.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { decodeId, globalId } from "../kit/ids.ts";
import { makeFixtures, seedWorld, type World } from "../kit/world.ts";
import { productionOrderCreate } from "../operations/orders.ts";
import { purchaseOrderCreate } from "../operations/purchasing.ts";
import { salesOrderCreate } from "../operations/sales.ts";
import {
  productionOrdersByNumber,
  purchaseOrdersByNumber,
  salesOrdersByNumber,
  transferOrdersByNumber,
} from "../operations/scan.ts";
import { transferOrderCreate } from "../operations/transfers.ts";

/**
 * Order lists by the number printed on an order's paper (`number`) and by what a person types (`search`): through
 * the API for each kind, and the number rules against a reference model (the printed number as text).
 */

const MAX_ID = 2_147_483_647;
const pad = (id: number) => String(id).padStart(5, "0");

/** The reference: the printed number, and the forms people write it in. */
function printed(kind: OrderKind, id: number) {
  const prefix = ORDER_PREFIX[kind];
  return { withDash: `${prefix}-${pad(id)}`, withoutDash: `${prefix}${pad(id)}`, digits: pad(id) };
}

/** Reference for `search`'s number part: the number, in one of its forms, starts with the term (or is it). */
function searchFinds(kind: OrderKind, id: number, term: string): boolean {
  const typed = term.trim().toUpperCase();
  if (typed === "") return false;
  const forms = printed(kind, id);
  const startsIt = [forms.withDash, forms.withoutDash, forms.digits].some((form) => form.startsWith(typed));
  return startsIt || isTheNumber(kind, id, typed);
}

/** Reference for `number`: the prefix (dash optional) or nothing, then the id with any leading zeros. */
function isTheNumber(kind: OrderKind, id: number, term: string): boolean {
  return new RegExp(`^(${ORDER_PREFIX[kind]}-?)?0*${id}$`).test(term.trim().toUpperCase());
}

function numberedFrom(kind: OrderKind, id: number, term: string): boolean {
  const ranges = idsNumberedFrom(kind, term);
  if (ranges === "every") return true;
  return (ranges ?? []).some((range) => range.from <= id && id <= range.to) || orderIdOf(kind, term) === id;
}

const KINDS = Object.keys(ORDER_PREFIX) as OrderKind[];
const anyId = fc.oneof(
  fc.integer({ min: 1, max: 200 }),
  fc.integer({ min: 1, max: 120_000 }),
  fc.integer({ min: 1, max: MAX_ID }),
);
/** What people type: the start of a form of some order's number, in any case, or any short text of its characters. */
const term = (kind: OrderKind) =>
  fc.oneof(
    fc
      .tuple(anyId, fc.constantFrom("withDash", "withoutDash", "digits" as const), fc.nat(), fc.boolean())
      .map(([id, form, cut, lower]) => {
        const text = printed(kind, id)[form];
        const start = text.slice(0, 1 + (cut % text.length));
        return lower ? start.toLowerCase() : start;
      }),
    anyId.map((id) => `${ORDER_PREFIX[kind].toLowerCase()}${id}`),
    fc.string({ unit: fc.constantFrom(..."MOPSTmo-0123456789 "), minLength: 1, maxLength: 12 }),
  );

describe("order numbers (against the printed number as text)", () => {
  it("search finds exactly the orders whose number starts with what was typed, or is it", () => {
    for (const kind of KINDS) {
      fc.assert(
        fc.property(term(kind), fc.array(anyId, { minLength: 1, maxLength: 20 }), (typed, ids) => {
          // The ids around the edges of what was typed, too: 10^k - 1, 10^k, and the typed digits themselves.
          const digits = typed.replace(/\D/g, "");
          const edges = digits ? [Number(digits), Number(`${digits}0`), Number(`${digits}9`) + 1] : [];
          for (const id of [...ids, ...edges, 9_999, 10_000, 99_999, 100_000, MAX_ID]) {
            if (!Number.isSafeInteger(id) || id < 1 || id > MAX_ID) continue;
            expect(numberedFrom(kind, id, typed), `${typed} / ${printed(kind, id).withDash}`).toBe(
              searchFinds(kind, id, typed),
            );
          }
        }),
        { numRuns: 500 },
      );
    }
  });

  it("number names an order exactly when it is the order's number in one of its forms", () => {
    for (const kind of KINDS) {
      fc.assert(
        fc.property(term(kind), anyId, (typed, id) => {
          expect(orderIdOf(kind, typed) === id).toBe(isTheNumber(kind, id, typed));
          const full = parseOrderNumber(typed.trim());
          // A scan needs the prefix; the list of a kind does not.
          if (full) expect(orderIdOf(full.kind, typed)).toBe(full.id);
        }),
        { numRuns: 500 },
      );
    }
    expect(parseOrderNumber("00004")).toBeNull();
    expect(parseOrderNumber("MO-0")).toBeNull();
    expect(parseOrderNumber(`MO-${MAX_ID + 1}`)).toBeNull();
    expect(parseOrderNumber("mo-00004")).toEqual({ kind: "ProductionOrder", id: 4 });
  });
});

// ---------------------------------------------------------------- through the API

let kit: TestKit;
let world: World;
useTestKit((opened) => {
  kit = opened;
});

/** Per kind: how to make an order with a note, and its list by number and search (the numbers read back). */
interface KindUnderTest {
  kind: OrderKind;
  create(note: string | null): Promise<string>;
  list(variables: { number?: string; search?: string }): Promise<string[]>;
}

const kinds: KindUnderTest[] = [];

beforeAll(async () => {
  world = await seedWorld(kit);
  const fixtures = makeFixtures(kit, world);
  const { bom } = await fixtures.madeProduct();
  const line = async () => ({ productId: globalId("Product", await fixtures.product()), quantity: "1" });
  const location = (id: number) => globalId("Location", id);
  const numbers = (edges: { node: { number: string } }[] | undefined) =>
    (edges ?? []).map((edge) => edge.node.number);
  kinds.push(
    {
      kind: "ProductionOrder",
      create: async (note) =>
        (
          await kit.execute(productionOrderCreate, {
            input: {
              locationId: location(world.shopFloor),
              lines: [{ bomId: globalId("Bom", bom), quantity: "1" }],
              note,
            },
          })
        ).data?.productionOrderCreate.productionOrder?.id ?? "",
      list: async (variables) =>
        numbers((await kit.execute(productionOrdersByNumber, variables)).data?.productionOrders.edges),
    },
    {
      kind: "PurchaseOrder",
      create: async (note) =>
        (
          await kit.execute(purchaseOrderCreate, {
            input: {
              supplierId: globalId("Supplier", world.supplierA),
              locationId: location(world.warehouse),
              lines: [{ ...(await line()), unitCost: "1" }],
              note,
            },
          })
        ).data?.purchaseOrderCreate.purchaseOrder?.id ?? "",
      list: async (variables) =>
        numbers((await kit.execute(purchaseOrdersByNumber, variables)).data?.purchaseOrders.edges),
    },
    {
      kind: "TransferOrder",
      create: async (note) =>
        (
          await kit.execute(transferOrderCreate, {
            input: {
              fromLocationId: location(world.warehouse),
              toLocationId: location(world.shopFloor),
              lines: [await line()],
              note,
            },
          })
        ).data?.transferOrderCreate.transferOrder?.id ?? "",
      list: async (variables) =>
        numbers((await kit.execute(transferOrdersByNumber, variables)).data?.transferOrders.edges),
    },
    {
      kind: "SalesOrder",
      create: async (note) =>
        (
          await kit.execute(salesOrderCreate, {
            input: {
              customerId: globalId("Customer", world.customer),
              locationId: location(world.warehouse),
              lines: [await line()],
              note,
            },
          })
        ).data?.salesOrderCreate.salesOrder?.id ?? "",
      list: async (variables) =>
        numbers((await kit.execute(salesOrdersByNumber, variables)).data?.salesOrders.edges),
    },
  );
});

describe("order lists by number and search", () => {
  it("number finds the one order of the list's kind in every form of its number, nothing otherwise", async () => {
    for (const { kind, create, list } of kinds) {
      const id = decodeId(await create(null));
      const other = decodeId(await create(null));
      const number = printed(kind, id).withDash;
      const prefix = ORDER_PREFIX[kind];
      for (const form of [
        number,
        number.toLowerCase(),
        `${prefix}${id}`,
        `${prefix}-${id}`,
        pad(id),
        String(id),
      ]) {
        expect(await list({ number: form }), `${kind} ${form}`).toEqual([number]);
      }
      const otherKind = prefix === "MO" ? "PO" : "MO";
      expect(await list({ number: `${otherKind}-${pad(id)}` }), kind).toEqual([]);
      expect(await list({ number: "no such number" }), kind).toEqual([]);
      expect(await list({ number: `${prefix}-${MAX_ID + 1}` }), kind).toEqual([]);
      expect(await list({ number: printed(kind, other).digits }), kind).toEqual([
        printed(kind, other).withDash,
      ]);
    }
  });

  it("search finds orders by the start of their number and by any part of their note, ignoring case", async () => {
    for (const { kind, create, list } of kinds) {
      const rush = printed(kind, decodeId(await create("RUSH for Acme, line 3"))).withDash;
      const spare = printed(kind, decodeId(await create("spare parts"))).withDash;
      expect(await list({ search: "acme" }), kind).toEqual([rush]);
      expect(await list({ search: "  PARTS " }), kind).toEqual([spare]);
      expect(await list({ search: spare.toLowerCase() }), kind).toEqual([spare]);
      // Every order so far has a number below 00010 here: "0000" starts them all, newest first.
      const all = await list({ search: `${ORDER_PREFIX[kind]}-0000` });
      expect(all.slice(0, 2), kind).toEqual([spare, rush]);
      expect(await list({ search: ORDER_PREFIX[kind].toLowerCase() }), kind).toEqual(await list({}));
      expect(await list({ search: "nothing like this" }), kind).toEqual([]);
      // With `number` too: both must hold.
      expect(await list({ number: rush, search: "spare" }), kind).toEqual([]);
      expect(await list({ number: rush, search: "rush" }), kind).toEqual([rush]);
    }
  });
});
