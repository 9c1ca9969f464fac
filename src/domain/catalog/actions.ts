import type { z } from "zod";
import type { Tx } from "../../db/database.ts";
import { DomainError, ErrorCode, parseInput } from "../errors.ts";
import { type Actor, type EventType, recordEvent } from "../events.ts";
import { requireExisting } from "../records.ts";

/**
 * The create / update / archive flow catalog records share (suppliers, customers, employees, locations,
 * resources): validate, check the unique field case-insensitively, write, record the event.
 */

type UniqueField = "name" | "email";

/** What a catalog input schema gives the shared code: the unique field's value, when the input names it. */
type CatalogInput = z.ZodType<{ [F in UniqueField]?: string | null }>;

interface CatalogRow {
  id: number;
  name: string;
  archivedAt: Date | null;
}

/** What the catalog actions need of a Prisma table (tx.supplier, tx.location, ...). */
interface CatalogTable<Row, CreateData, UpdateData> {
  findUnique(args: { where: { id: number } }): PromiseLike<Row | null>;
  findFirst(args: {
    where: { [F in UniqueField]?: { equals: string; mode: "insensitive" } } & { id?: { not: number } };
    select: { id: true; archivedAt: true };
  }): PromiseLike<Pick<CatalogRow, "id" | "archivedAt"> | null>;
  create(args: { data: CreateData }): PromiseLike<Row>;
  update(args: { where: { id: number }; data: UpdateData | { archivedAt: Date } }): PromiseLike<Row>;
}

export interface CatalogSpec<
  Row extends CatalogRow,
  Create extends CatalogInput,
  Update extends CatalogInput,
> {
  /** The model name: entity type of the events. */
  entityType: string;
  /** Its event types, from the catalogue (events.ts). */
  events: { created: EventType; updated: EventType; archived: EventType };
  /** How messages name one record: "supplier". */
  label: string;
  table: (tx: Tx) => CatalogTable<Row, z.output<Create>, z.output<Update>>;
  /** The field the database keeps unique; compared case-insensitively, archived records included. */
  unique: UniqueField;
  createInput: Create;
  updateInput: Update;
  /** Rules beyond the input's shape; `existing` is null on create. */
  check?: (tx: Tx, data: z.output<Create> | z.output<Update>, existing: Row | null) => Promise<void>;
  /** Refuses archiving while other active records depend on this one. */
  checkArchive?: (tx: Tx, row: Row) => Promise<void>;
}

/** Create, update and archive for one catalog table, each recording its event in the caller's transaction. */
export function catalogActions<
  Row extends CatalogRow,
  Create extends CatalogInput,
  Update extends CatalogInput,
>(spec: CatalogSpec<Row, Create, Update>) {
  async function assertUniqueFree(tx: Tx, value: string | null | undefined, ownId: number | null) {
    if (!value) return;
    const taken = await spec.table(tx).findFirst({
      where: {
        [spec.unique]: { equals: value, mode: "insensitive" },
        ...(ownId ? { id: { not: ownId } } : {}),
      },
      select: { id: true, archivedAt: true },
    });
    if (taken) {
      const owner = taken.archivedAt ? `an archived ${spec.label}` : `another ${spec.label}`;
      throw new DomainError(
        ErrorCode.ALREADY_EXISTS,
        `The ${spec.unique} "${value}" is already used by ${owner}`,
        ["input", spec.unique],
      );
    }
  }

  return {
    async create(tx: Tx, actor: Actor, input: unknown): Promise<Row> {
      const data = parseInput(spec.createInput, input);
      await assertUniqueFree(tx, data[spec.unique], null);
      await spec.check?.(tx, data, null);
      const row = await spec.table(tx).create({ data });
      await recordEvent(tx, actor, {
        type: spec.events.created,
        entityType: spec.entityType,
        entityId: row.id,
        payload: { name: row.name },
      });
      return row;
    },

    async update(tx: Tx, actor: Actor, id: number, input: unknown): Promise<Row> {
      const data = parseInput(spec.updateInput, input);
      const existing = await requireExisting(spec.table(tx), id, spec.label);
      await assertUniqueFree(tx, data[spec.unique], id);
      await spec.check?.(tx, data, existing);
      const updated = await spec.table(tx).update({ where: { id }, data });
      await recordEvent(tx, actor, {
        type: spec.events.updated,
        entityType: spec.entityType,
        entityId: id,
        payload: { changed: Object.keys(data) },
      });
      return updated;
    },

    /** Archived records stay readable and keep their unique value; archiving twice changes nothing. */
    async archive(tx: Tx, actor: Actor, id: number): Promise<Row> {
      const row = await requireExisting(spec.table(tx), id, spec.label);
      if (row.archivedAt) return row;
      await spec.checkArchive?.(tx, row);
      const archived = await spec.table(tx).update({ where: { id }, data: { archivedAt: new Date() } });
      await recordEvent(tx, actor, {
        type: spec.events.archived,
        entityType: spec.entityType,
        entityId: id,
        payload: {},
      });
      return archived;
    },
  };
}
