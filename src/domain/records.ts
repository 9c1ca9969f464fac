import { DomainError, ErrorCode } from "./errors.ts";

interface Findable<Row> {
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
