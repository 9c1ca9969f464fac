import { DomainError, ErrorCode, type UserError } from "./errors.ts";

/** A Prisma model delegate, as far as finding one row by id goes. */
export interface Findable<Row> {
  findUnique(args: { where: { id: number } }): PromiseLike<Row | null>;
}

/**
 * Loads a record another one will point to, refusing unknown and archived ones with an error naming the
 * input field. Archived records stay readable, but nothing new may use them.
 */
export async function requireActive<Row extends { archivedAt: Date | null }>(
  table: Findable<Row>,
  id: number,
  label: string,
  field: (string | number)[],
): Promise<Row> {
  const row = await table.findUnique({ where: { id } });
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `No ${label} with this id`, field);
  if (row.archivedAt) throw new DomainError(ErrorCode.ARCHIVED, `The ${label} is archived`, field);
  return row;
}

/** Loads a record to change, refusing unknown ones. */
export async function requireExisting<Row>(
  table: Findable<Row>,
  id: number,
  label: string,
  field: (string | number)[] = ["id"],
): Promise<Row> {
  const row = await table.findUnique({ where: { id } });
  if (!row) throw new DomainError(ErrorCode.NOT_FOUND, `No ${label} with this id`, field);
  return row;
}

interface Listable<Row> {
  findMany(args: { where: { id: { in: number[] } } }): PromiseLike<Row[]>;
}

/**
 * `requireActive` for many references at once (the lines of an order or adjustment): one query, and every bad
 * reference reported together. `describe` names an archived record in its message (e.g. by SKU).
 */
export async function requireAllActive<Row extends { id: number; archivedAt: Date | null }>(
  table: Listable<Row>,
  references: { id: number; field: (string | number)[] }[],
  label: string,
  describe?: (row: Row) => string,
): Promise<Map<number, Row>> {
  const ids = [...new Set(references.map((reference) => reference.id))];
  const rows = new Map((await table.findMany({ where: { id: { in: ids } } })).map((row) => [row.id, row]));
  const errors: UserError[] = [];
  for (const { id, field } of references) {
    const row = rows.get(id);
    const path = field.map(String);
    if (!row) errors.push({ code: ErrorCode.NOT_FOUND, message: `No ${label} with this id`, field: path });
    else if (row.archivedAt) {
      const message = describe ? `${describe(row)} is archived` : `The ${label} is archived`;
      errors.push({ code: ErrorCode.ARCHIVED, message, field: path });
    }
  }
  if (errors.length > 0) throw new DomainError(errors);
  return rows;
}
