import { runBom } from "../../domain/bom/run.ts";
import { builder } from "../builder.ts";
import { LocationRef } from "../catalog/locations.ts";
import { nodeOptions } from "../nodes.ts";
import { inputAction, payloadType } from "../payload.ts";
import { BomRef } from "./boms.ts";

/** "Add to inventory" on a BOM: made (or reversed) at once, without an order. */

export const BomRunRef = builder.prismaNode("BomRun", {
  ...nodeOptions,
  description: 'An "add to inventory" on a BOM: made (or, negative, reversed) at once without an order.',
  fields: (t) => ({
    bom: t.relation("bom"),
    location: t.relation("location"),
    quantity: t.expose("quantity", { type: "Decimal" }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    movements: t.relation("movements", {
      description: "The ledger movements it posted: the output and each consumed component.",
      query: { orderBy: { id: "asc" } },
    }),
  }),
});

builder.prismaObjectFields("StockMovement", (t) => ({
  bomRun: t.relation("bomRun", { nullable: true, description: "The BOM run that posted it, if one did." }),
}));

const BomRunPayload = payloadType("BomRunPayload", "bomRun", BomRunRef);

const BomRunInput = builder.inputType("BomRunInput", {
  fields: (t) => ({
    bomId: t.rowID({ for: BomRef }),
    locationId: t.rowID({ for: LocationRef }),
    quantity: t.field({ type: "Decimal", description: "Units to make now; negative reverses that many." }),
  }),
});

builder.mutationFields((t) => ({
  bomRun: inputAction(t, {
    payload: BomRunPayload,
    permission: "INVENTORY_ADJUST",
    description:
      "Add to inventory: makes the quantity at the location now, without an order, consuming the components " +
      "there (phantoms exploded); a negative quantity reverses it. Short stock is refused unless negative " +
      "stock is allowed; nothing is written then.",
    input: BomRunInput,
    run: runBom,
  }),
}));
