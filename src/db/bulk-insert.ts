import { Prisma } from "../generated/prisma/client.ts";
import type { Tx } from "./database.ts";

/**
 * Inserts of as many rows as a tree has orders, in one statement whose parameters are one array per column
 * (`INSERT ... SELECT FROM unnest(...)`): the statement's text and its parameter count are the same for 10 rows
 * or 10,000. Prisma's createMany binds a parameter per cell and builds the statement in the process on every
 * call, which was most of the time of authorizing a tree of 1,000 orders (bench/explode.ts). Ordinary writes
 * keep using Prisma; this is for the writes whose row count follows a tree's size.
 */

/** A column's value in a row; a `jsonb` column takes any JSON value, an array column an array. */
export type CellValue =
  | string
  | number
  | bigint
  | boolean
  | Date
  | null
  | readonly (string | number)[]
  | object;

/**
 * A column of a bulk insert: its PostgreSQL type (`int`, `numeric`, `timestamp(3)`, `jsonb`, `int[]`, an enum as
 * `"ProductionOrderStatus"`), which every row's value is cast to, and the row's value. Columns left out take
 * their defaults, as with Prisma; a Prisma `@updatedAt` column has none in the database and must be given.
 */
export interface Column<Row> {
  type: string;
  value(row: Row): CellValue;
}

/** Inserts `rows` into `table`, one statement; `returning` names columns to read back (`RETURNING`). */
export async function insertRows<Row, Returned = never>(
  tx: Tx,
  table: string,
  columns: Record<string, Column<Row>>,
  rows: readonly Row[],
  returning?: readonly string[],
): Promise<Returned[]> {
  if (rows.length === 0) return [];
  const entries = Object.entries(columns);
  const names = entries.map(([name]) => Prisma.raw(quoted(name)));
  // Every column travels as text[] and is cast per row: one array type for the driver to send, whatever the
  // column's type (enums, arrays and JSON included).
  const arrays = entries.map(
    ([, column]) => Prisma.sql`${rows.map((row) => asText(column.value(row), column.type))}::text[]`,
  );
  const casts = entries.map(([name, column]) => Prisma.raw(`${quoted(`c_${name}`)}::${column.type}`));
  const aliases = entries.map(([name]) => Prisma.raw(quoted(`c_${name}`)));
  const statement = Prisma.sql`
    INSERT INTO ${Prisma.raw(quoted(table))} (${Prisma.join(names)})
    SELECT ${Prisma.join(casts)} FROM unnest(${Prisma.join(arrays)}) AS r(${Prisma.join(aliases)})`;
  if (!returning) {
    await tx.$executeRaw(statement);
    return [];
  }
  return tx.$queryRaw<Returned[]>(
    Prisma.sql`${statement} RETURNING ${Prisma.raw(returning.map(quoted).join(", "))}`,
  );
}

function quoted(identifier: string): string {
  return `"${identifier.replaceAll('"', '""')}"`;
}

/** A value as PostgreSQL reads it as text for `type`. */
function asText(value: CellValue, type: string): string | null {
  if (value === null) return null;
  if (type === "jsonb") return JSON.stringify(value);
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.map(arrayElement).join(",")}}`;
  return String(value);
}

/** An element of an array literal: numbers as they are, text quoted with `"` and `\` escaped. */
function arrayElement(element: string | number): string {
  return typeof element === "number" ? String(element) : `"${element.replace(/["\\]/g, "\\$&")}"`;
}
