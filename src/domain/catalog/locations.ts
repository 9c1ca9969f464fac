import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { LocationKind } from "../../generated/prisma/enums.ts";
import { DomainError, ErrorCode } from "../errors.ts";
import { EventType } from "../events.ts";
import { requireActive } from "../records.ts";
import { code, ref, requiredText, timeZone, wholeNumber } from "../validation.ts";
import { catalogActions } from "./actions.ts";

// ---------------------------------------------------------------- locations

export const MAX_LOCATION_CODE_LENGTH = 40;

/** The code printed on the location's label, for scanners: a SKU's characters, unique ignoring case. */
const locationCode = code(MAX_LOCATION_CODE_LENGTH);

/** The kind is fixed at creation: stock, orders and shop floors are booked against it. */
export const locationCreateInput = z.object({
  name: requiredText(200),
  code: locationCode.nullish(),
  kind: z.enum(LocationKind),
  connectedWarehouseId: ref.nullish(),
  /** Its calendar days (the scheduler board's); null: the server's TIME_ZONE. */
  timeZone: timeZone.nullish(),
});

/**
 * Absent leaves a field as it is; a null code clears it, a null connectedWarehouseId disconnects a shop floor, a
 * null timeZone goes back to the server's.
 */
export const locationUpdateInput = z
  .object({
    name: requiredText(200),
    code: locationCode.nullable(),
    connectedWarehouseId: ref.nullable(),
    timeZone: timeZone.nullable(),
  })
  .partial();

/**
 * A label's code names one location, archived ones included (their labels may still hang). The column is
 * citext, so `=` ignores case as the unique index does.
 */
async function assertCodeFree(tx: Tx, code: string | null | undefined, ownId: number | null) {
  if (!code) return;
  const taken = await tx.location.findFirst({
    where: { code, ...(ownId ? { id: { not: ownId } } : {}) },
    select: { name: true, archivedAt: true },
  });
  if (taken) {
    const owner = `${taken.archivedAt ? "the archived location" : "location"} "${taken.name}"`;
    throw new DomainError(ErrorCode.ALREADY_EXISTS, `The code "${code}" is already used by ${owner}`, [
      "input",
      "code",
    ]);
  }
}

const CONNECTED_WAREHOUSE = ["input", "connectedWarehouseId"];

/** Only a shop floor draws from a warehouse, and only from an existing, active one. */
async function checkLogisticsPath(
  tx: Tx,
  kind: LocationKind,
  connectedWarehouseId: number | null | undefined,
) {
  if (connectedWarehouseId === null || connectedWarehouseId === undefined) return;
  if (kind === LocationKind.WAREHOUSE) {
    throw new DomainError(
      ErrorCode.INVALID_INPUT,
      "A warehouse cannot have a connected warehouse; only shop floors draw from one",
      CONNECTED_WAREHOUSE,
    );
  }
  const warehouse = await requireActive(tx.location, connectedWarehouseId, "warehouse", CONNECTED_WAREHOUSE);
  if (warehouse.kind !== LocationKind.WAREHOUSE) {
    throw new DomainError(
      ErrorCode.WRONG_LOCATION_KIND,
      `"${warehouse.name}" is a shop floor; a shop floor can only be connected to a warehouse`,
      CONNECTED_WAREHOUSE,
    );
  }
}

export const {
  create: createLocation,
  update: updateLocation,
  archive: archiveLocation,
} = catalogActions({
  entityType: "Location",
  events: {
    created: EventType.LOCATION_CREATED,
    updated: EventType.LOCATION_UPDATED,
    archived: EventType.LOCATION_ARCHIVED,
  },
  label: "location",
  table: (tx) => tx.location,
  unique: "name",
  createInput: locationCreateInput,
  updateInput: locationUpdateInput,
  check: async (tx, data, existing) => {
    await assertCodeFree(tx, data.code, existing?.id ?? null);
    await checkLogisticsPath(
      tx,
      existing?.kind ?? (data as { kind: LocationKind }).kind,
      data.connectedWarehouseId,
    );
  },
  // A shop floor must always reach an active warehouse: archive or reconnect its shop floors first.
  checkArchive: async (tx, location) => {
    if (location.kind !== LocationKind.WAREHOUSE) return;
    const shopFloors = await tx.location.findMany({
      where: { connectedWarehouseId: location.id, archivedAt: null },
      select: { name: true },
      orderBy: { name: "asc" },
    });
    if (shopFloors.length > 0) {
      const names = shopFloors.map((shopFloor) => `"${shopFloor.name}"`).join(", ");
      throw new DomainError(
        ErrorCode.IN_USE,
        `Warehouse "${location.name}" cannot be archived: active shop floors are connected to it (${names}). ` +
          "Connect them to another warehouse or archive them first.",
        ["id"],
      );
    }
  },
});

// ---------------------------------------------------------------- resources

/** A work centre runs at most 24 hours a day; a centre with no capacity could never finish an operation. */
export const resourceCreateInput = z.object({
  name: requiredText(200),
  capacityMinutesPerDay: wholeNumber(1, 1440),
});

export const resourceUpdateInput = resourceCreateInput.partial();

export const {
  create: createResource,
  update: updateResource,
  archive: archiveResource,
} = catalogActions({
  entityType: "Resource",
  events: {
    created: EventType.RESOURCE_CREATED,
    updated: EventType.RESOURCE_UPDATED,
    archived: EventType.RESOURCE_ARCHIVED,
  },
  label: "resource",
  table: (tx) => tx.resource,
  unique: "name",
  createInput: resourceCreateInput,
  updateInput: resourceUpdateInput,
});
