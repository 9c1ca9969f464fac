import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { MovementReason } from "../../generated/prisma/enums.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, EventType, recordEvent } from "../events.ts";
import { type MovementInput, postMovements } from "../inventory/ledger.ts";
import { requireActive } from "../records.ts";
import { decimal, ref } from "../validation.ts";
import { explosionRows, linkNodes, requirementTotals } from "./explosion.ts";
import { Ratio } from "./ratio.ts";

export const bomRunInput = z.object({
  bomId: ref,
  locationId: ref,
  /** Units of the BOM's product to make now; negative undoes that many. */
  quantity: decimal.nonZero,
});

/**
 * "Add to inventory": makes `quantity` of the BOM's product at the location at once, without an order. It
 * consumes the BOM's components there (phantoms exploded into their own components; other sub-assemblies
 * are taken from stock as they are) and adds the product, all in the ledger under one BomRun. A negative
 * quantity reverses it. Consumption is rounded away from zero to the 6 decimals stock holds, so a run and its
 * reversal move exactly the same amounts.
 */
export async function runBom(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(bomRunInput, input);
  const bom = await requireActive(tx.bom, data.bomId, "BOM", ["input", "bomId"]);
  if (bom.autoAssemble) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      "A phantom BOM is never made on its own: it is exploded into the BOMs that use its product",
      ["input", "bomId"],
    );
  }
  await requireActive(tx.product, bom.productId, "product", ["input", "bomId"]);
  await requireActive(tx.location, data.locationId, "location", ["input", "locationId"]);

  const rows = await explosionRows(tx, {
    top: { bomIds: [bom.id] },
    locationId: data.locationId,
    phantomsOnly: true,
  });
  const components = linkNodes(rows).filter((node) => node.parent !== null);
  const consumed = requirementTotals(components, Ratio.of(data.quantity));

  const run = await tx.bomRun.create({
    data: {
      bomId: bom.id,
      locationId: data.locationId,
      quantity: data.quantity,
      createdById: actor?.apiKeyId ?? null,
    },
  });
  const field = ["input", "quantity"];
  const movements: MovementInput[] = [
    ...consumed.map((component) => ({
      productId: component.product.id,
      locationId: data.locationId,
      quantity: component.quantity.roundedUp().negated(),
      reason: MovementReason.BOM_RUN_CONSUMPTION,
      bomRunId: run.id,
      field,
    })),
    {
      productId: bom.productId,
      locationId: data.locationId,
      quantity: data.quantity,
      reason: MovementReason.BOM_RUN_OUTPUT,
      bomRunId: run.id,
      field,
    },
  ];
  await postMovements(tx, actor, movements);
  await recordEvent(tx, actor, {
    type: EventType.BOM_RUN_POSTED,
    entityType: "BomRun",
    entityId: run.id,
    locationId: data.locationId,
    payload: { bomId: bom.id, quantity: data.quantity.toFixed(), components: consumed.length },
  });
  return run;
}
