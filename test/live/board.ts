import { succeeded, type TestKit } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { addStock, createBom, createProduct, type World } from "../kit/world.ts";
import { bomOperationAdd } from "../operations/bom.ts";
import { resourceCreate } from "../operations/catalog.ts";
import { productionOrderCreateFromBom } from "../operations/orders.ts";

/** The week a board shows: March 3 to 10, 2031. */
export const BOARD_WINDOW = { from: "2031-03-03T00:00:00.000Z", to: "2031-03-10T00:00:00.000Z" };

/**
 * A scheduler board, made through the API: a saw, a chair cut on it, and `count` PLANNED chair orders on the
 * saw's board, one starting each day of the window's first days. Returns the orders' global ids.
 */
export async function seedBoard(
  kit: TestKit,
  world: World,
  count: number,
  prefix: string,
): Promise<string[]> {
  const saw = succeeded<{ resource: { id: string } }>(
    await kit.execute(resourceCreate, { input: { name: `${prefix} saw`, capacityMinutesPerDay: 480 } }),
    "resourceCreate",
  ).resource.id;
  const wood = await createProduct(kit, `${prefix}-WOOD`);
  await addStock(kit, wood, world.shopFloor, "1000");
  const bom = globalId(
    "Bom",
    await createBom(kit, await createProduct(kit, `${prefix}-CHAIR`), [[wood, "1"]]),
  );
  succeeded(
    await kit.execute(bomOperationAdd, {
      bomId: bom,
      input: { name: "Cut", resourceId: saw, sequence: 1, setupMinutes: "30", minutesPerUnit: "2" },
    }),
    "bomOperationAdd",
  );
  const orders: string[] = [];
  for (let index = 0; index < count; index++) {
    const day = String(3 + (index % 5)).padStart(2, "0");
    const created = await kit.execute(productionOrderCreateFromBom, {
      input: {
        locationId: globalId("Location", world.shopFloor),
        bomId: bom,
        quantity: "1",
        status: "PLANNED",
        startDate: `2031-03-${day}T08:00:00.000Z`,
        expectedDate: `2031-03-${day}T16:00:00.000Z`,
      },
    });
    orders.push(
      succeeded<{ productionOrder: { id: string } }>(created, "productionOrderCreateFromBom").productionOrder
        .id,
    );
  }
  return orders;
}
