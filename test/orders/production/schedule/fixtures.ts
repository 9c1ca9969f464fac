import type { ProductionOrderStatus } from "../../../../src/generated/prisma/enums.ts";
import { createTestKit, forTheFile, type TestKit } from "../../../kit/app.ts";
import { createProduct, seedWorld, type World } from "../../../kit/world.ts";

/**
 * The schedule tests' workshop, in March 2031: a Saw (480 minutes a day), a Paint booth (300), a Lathe (600) and an
 * archived Old press (100); a CHAIR cut on the saw (30 + 2 a unit) and painted (10 + 1.5 a unit), a TABLE cut on
 * the saw (60 + 5 a unit). Orders in every status are written straight to the table, with the dates and lateness
 * the board reads (the API would plan its own dates).
 */

/** A day of March 2031 and a time, "03T08:00:00", as a UTC date; a whole ISO time ("2031-11-02T05:00:00Z") as it is. */
export const at = (text: string) => new Date(text.includes("-") ? text : `2031-03-${text}Z`);

/** An order's number, from its id. */
export const number = (id: number | undefined) => `MO-${String(id).padStart(5, "0")}`;

/** The window most tests read: March 3 to 6. */
export const WINDOW = { from: at("03T00:00:00").toISOString(), to: at("06T00:00:00").toISOString() };

interface OrderDates {
  start?: string;
  end?: string;
  late?: boolean;
  locationId?: number;
}

/** `open` in beforeAll makes the kit, the workshop and its orders; the rest may run after it. */
export function scheduleFixtures() {
  let kit: TestKit;
  let world: World;
  let otherShopFloor = 0;
  const resources: Record<string, number> = {};
  /** Order ids by the name a test knows them by. */
  const orders: Record<string, number> = {};
  const boms = { chair: 0, table: 0 };
  /** A line makes its BOM's product. */
  const bomProducts = new Map<number, number>();

  /** Writes an order of `lines` in `status` with the given dates, at the shop floor unless told otherwise. */
  async function order(
    name: string,
    status: ProductionOrderStatus,
    lines: [bomId: number, quantity: string][],
    dates: OrderDates,
  ) {
    const created = await kit.db.prisma.productionOrder.create({
      data: {
        status,
        locationId: dates.locationId ?? world.shopFloor,
        startDate: dates.start ? at(dates.start) : null,
        expectedDate: dates.end ? at(dates.end) : null,
        late: dates.late ?? false,
        lines: {
          create: lines.map(([bomId, quantity], position) => ({
            position,
            bomId,
            quantity,
            productId: bomProducts.get(bomId) as number,
          })),
        },
      },
    });
    orders[name] = created.id;
  }

  async function seedResources() {
    for (const [name, capacityMinutesPerDay, archived] of [
      ["Saw", 480, false],
      ["Paint booth", 300, false],
      ["Lathe", 600, false],
      ["Old press", 100, true],
    ] as const) {
      const row = await kit.db.prisma.resource.create({
        data: { name, capacityMinutesPerDay, archivedAt: archived ? new Date() : null },
      });
      resources[name] = row.id;
    }
  }

  /** A production BOM whose operations are [name, resource, setup minutes, minutes a unit], in sequence. */
  async function productionBom(
    productId: number,
    name: string,
    operations: [name: string, resource: string, setupMinutes: string, minutesPerUnit: string][],
    components: number[],
  ) {
    const bom = await kit.db.prisma.bom.create({
      data: {
        productId,
        kind: "PRODUCTION",
        name,
        operations: {
          create: operations.map(([operation, resource, setupMinutes, minutesPerUnit], index) => ({
            sequence: index + 1,
            name: operation,
            resourceId: resources[resource] as number,
            setupMinutes,
            minutesPerUnit,
          })),
        },
        lines: {
          create: components.map((componentId, position) => ({ position, componentId, quantity: "1" })),
        },
      },
    });
    bomProducts.set(bom.id, productId);
    return bom.id;
  }

  async function seedBoms() {
    const chair = await createProduct(kit, "CHAIR");
    const table = await createProduct(kit, "TABLE");
    const wood = await createProduct(kit, "WOOD");
    const chairSteps: [string, string, string, string][] = [
      ["Cut", "Saw", "30", "2"],
      ["Paint", "Paint booth", "10", "1.5"],
    ];
    boms.chair = await productionBom(chair, "Chair", chairSteps, [wood]);
    boms.table = await productionBom(table, "Table", [["Cut", "Saw", "60", "5"]], []);
  }

  /**
   * O1, O2 and O3 open on the shop floor across the window (O3 late), O8 on a second shop floor; a DRAFT, a
   * completed and a voided one (left off the board), one undated, one without an end, one after and one before
   * the window.
   */
  async function seedOrders() {
    const { chair, table } = boms;
    const second = otherShopFloor;
    const seeded: [string, ProductionOrderStatus, [number, string][], OrderDates][] = [
      ["O1", "PLANNED", [[chair, "10"]], { start: "03T08:00:00", end: "05T12:00:00" }],
      [
        "O2",
        "RELEASED",
        [
          [table, "20"],
          [chair, "4"],
        ],
        { start: "04T00:00:00", end: "06T00:00:00" },
      ],
      ["O3", "IN_PROGRESS", [[table, "100"]], { start: "05T06:00:00", end: "05T18:00:00", late: true }],
      ["DRAFT", "DRAFT", [[chair, "10"]], { start: "04T00:00:00", end: "04T00:00:00" }],
      ["DONE", "COMPLETED", [[table, "1"]], { start: "04T00:00:00", end: "05T00:00:00" }],
      ["VOID", "VOIDED", [[table, "1"]], { start: "04T00:00:00", end: "05T00:00:00" }],
      ["UNDATED", "PLANNED", [[chair, "1"]], {}],
      ["NO_END", "PLANNED", [[chair, "1"]], { start: "04T00:00:00" }],
      ["O8", "PLANNED", [[chair, "5"]], { start: "02T00:00:00", end: "04T00:00:00", locationId: second }],
      ["LATER", "PLANNED", [[table, "1"]], { start: "10T00:00:00", end: "11T00:00:00" }],
      ["BEFORE", "PLANNED", [[table, "1"]], { start: "01T00:00:00", end: "03T00:00:00" }],
    ];
    for (const [name, status, lines, dates] of seeded) await order(name, status, lines, dates);
  }

  async function open(): Promise<TestKit> {
    kit = await createTestKit();
    world = await seedWorld(kit);
    otherShopFloor = (
      await kit.db.prisma.location.create({
        data: { name: "Second shop floor", kind: "SHOP_FLOOR", connectedWarehouseId: world.warehouse },
      })
    ).id;
    await seedResources();
    await seedBoms();
    await seedOrders();
    return kit;
  }

  return {
    open,
    /** Opens the fixtures for the test file (see `forTheFile`), handing `take` the kit. */
    use(take: (opened: { kit: TestKit }) => void) {
      forTheFile(open, (opened) => take({ kit: opened }));
    },
    order,
    resources,
    orders,
    boms,
    otherShopFloor: () => otherShopFloor,
  };
}
