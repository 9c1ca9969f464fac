import { z } from "zod";
import type { Tx } from "../../db/database.ts";
import type { Prisma } from "../../generated/prisma/client.ts";
import { BomKind } from "../../generated/prisma/enums.ts";
import { ZERO } from "../decimal.ts";
import { DomainError, ErrorCode, parseInput, type UserError } from "../errors.ts";
import { type Actor, EventType, recordEvent } from "../events.ts";
import { requireActive, requireExisting } from "../records.ts";
import { decimal, ref, requiredText, wholeNumber } from "../validation.ts";
import { assertBomGraphValid, lockBomGraph, PATH_SEPARATOR } from "./graph.ts";

type Field = (string | number)[];

// ---------------------------------------------------------------- input rules

/** Lines name their operation by its sequence number within the BOM ("consumed at operation 20"). */
const operationSequence = wholeNumber(1, 1_000_000);

const lineFields = {
  componentId: ref,
  quantity: decimal.positive,
  operationSequence: operationSequence.nullable(),
};

const operationFields = {
  sequence: operationSequence,
  name: requiredText(200),
  resourceId: ref,
  setupMinutes: decimal.nonNegative,
  minutesPerUnit: decimal.nonNegative,
};

/** For new records a GraphQL null means "not given": the default applies. */
const orDefault = <Value>(schema: z.ZodType<Value>, value: Value) =>
  schema.nullish().transform((given) => given ?? value);

const lineInput = z.object({ ...lineFields, operationSequence: lineFields.operationSequence.default(null) });
const operationInput = z.object({
  ...operationFields,
  setupMinutes: orDefault(operationFields.setupMinutes, ZERO),
  minutesPerUnit: orDefault(operationFields.minutesPerUnit, ZERO),
});

const bomFields = {
  name: requiredText(200),
  outputQuantity: decimal.positive,
  autoAssemble: z.boolean(),
};

export const bomCreateInput = z
  .object({
    productId: ref,
    kind: z.enum(BomKind),
    ...bomFields,
    outputQuantity: bomFields.outputQuantity.nullish(),
    autoAssemble: orDefault(bomFields.autoAssemble, false),
    /** Not given: the BOM becomes the default when its product has no default of this kind yet. */
    makeDefault: z.boolean().nullish(),
    operations: orDefault(z.array(operationInput).max(500, "at most 500 operations"), []),
    lines: orDefault(z.array(lineInput).max(5000, "at most 5000 lines"), []),
  })
  .superRefine((bom, issues) => {
    const problems = [
      ...kindProblems(bom.kind, bom),
      ...duplicateProblems(
        "operations",
        bom.operations,
        (operation) => String(operation.sequence),
        "sequence",
      ),
      ...duplicateProblems("lines", bom.lines, lineKey, "componentId"),
    ];
    const sequences = new Set(bom.operations.map((operation) => operation.sequence));
    bom.lines.forEach((line, index) => {
      if (line.operationSequence !== null && !sequences.has(line.operationSequence)) {
        problems.push({
          path: ["lines", index, "operationSequence"],
          message: `names operation ${line.operationSequence}, which the BOM does not have`,
        });
      }
    });
    for (const problem of problems) issues.addIssue({ code: "custom", ...problem });
  });

export const bomUpdateInput = z.object(bomFields).partial();
export const bomLineAddInput = lineInput;
export const bomLineUpdateInput = z.object(lineFields).partial();
export const bomOperationAddInput = operationInput;
export const bomOperationUpdateInput = z.object(operationFields).partial();

type Problem = { path: (string | number)[]; message: string };

/** Only production BOMs have operations; only assembly BOMs can be phantoms. */
function kindProblems(
  kind: BomKind,
  bom: { autoAssemble?: boolean | undefined; operations?: unknown[] | undefined },
): Problem[] {
  if (kind !== BomKind.PRODUCTION) {
    return bom.operations?.length
      ? [{ path: ["operations"], message: "only production BOMs have operations" }]
      : [];
  }
  return bom.autoAssemble
    ? [{ path: ["autoAssemble"], message: "only an assembly BOM can be a phantom (auto-assembled)" }]
    : [];
}

/** Entries of `list` whose key an earlier entry already has, named by their `field`. */
function duplicateProblems<Item>(
  list: string,
  items: Item[],
  key: (item: Item) => string,
  field: string,
): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  items.forEach((item, index) => {
    const itemKey = key(item);
    if (seen.has(itemKey)) {
      problems.push({ path: [list, index, field], message: `repeats an earlier entry of ${list}` });
    }
    seen.add(itemKey);
  });
  return problems;
}

/** A component may appear once per operation: two lines of one component at one operation are one line. */
function lineKey(line: { componentId: number; operationSequence: number | null }): string {
  return `${line.componentId}@${line.operationSequence ?? "-"}`;
}

// ---------------------------------------------------------------- actions

export async function createBom(tx: Tx, actor: Actor, input: unknown) {
  const data = parseInput(bomCreateInput, input);
  const product = await requireActive(tx.product, data.productId, "product", ["input", "productId"]);
  await requireComponents(
    tx,
    product,
    data.lines.map((line, index) => ({ componentId: line.componentId, field: ["input", "lines", index] })),
  );
  await requireResources(
    tx,
    data.operations.map((operation, index) => ({
      resourceId: operation.resourceId,
      field: ["input", "operations", index, "resourceId"],
    })),
  );
  if (data.lines.length > 0) await lockBomGraph(tx);

  const bom = await tx.bom.create({
    data: {
      productId: product.id,
      kind: data.kind,
      name: data.name,
      autoAssemble: data.autoAssemble,
      ...(data.outputQuantity ? { outputQuantity: data.outputQuantity } : {}),
      operations: { create: data.operations },
    },
    include: { operations: true },
  });
  const operationIds = new Map(bom.operations.map((operation) => [operation.sequence, operation.id]));
  await tx.bomLine.createMany({
    data: data.lines.map((line, index) => ({
      bomId: bom.id,
      position: index + 1,
      componentId: line.componentId,
      quantity: line.quantity,
      operationId:
        line.operationSequence === null ? null : (operationIds.get(line.operationSequence) ?? null),
    })),
  });
  if (data.lines.length > 0) {
    await assertBomGraphValid(tx, product.id, (componentId) => [
      "input",
      "lines",
      data.lines.findIndex((line) => line.componentId === componentId),
      "componentId",
    ]);
  }

  const existingDefault = await tx.bomDefault.findUnique({
    where: { productId_kind: { productId: product.id, kind: data.kind } },
  });
  if (data.makeDefault ?? !existingDefault) await makeDefault(tx, bom);

  await recordEvent(tx, actor, {
    type: EventType.BOM_CREATED,
    entityType: "Bom",
    entityId: bom.id,
    payload: { productId: product.id, kind: bom.kind, lines: data.lines.length },
  });
  return bom;
}

export async function updateBom(tx: Tx, actor: Actor, bomId: number, input: unknown) {
  const data = parseInput(bomUpdateInput, input);
  const bom = await requireEditableBom(tx, bomId, ["id"]);
  const problems = kindProblems(bom.kind, data);
  if (problems.length > 0) throw invalid(problems);
  const updated = await tx.bom.update({ where: { id: bomId }, data });
  await recordBomEvent(tx, actor, EventType.BOM_UPDATED, bomId, { changed: Object.keys(data) });
  return updated;
}

export async function addBomLine(tx: Tx, actor: Actor, bomId: number, input: unknown) {
  const data = parseInput(bomLineAddInput, input);
  const bom = await requireEditableBom(tx, bomId, ["bomId"]);
  const product = await tx.product.findUniqueOrThrow({ where: { id: bom.productId } });
  await requireComponents(tx, product, [{ componentId: data.componentId, field: ["input"] }]);
  const operationId = await operationIdOf(tx, bomId, data.operationSequence);
  await lockBomGraph(tx);
  const last = await tx.bomLine.aggregate({ where: { bomId }, _max: { position: true } });
  const line = await tx.bomLine.create({
    data: {
      bomId,
      position: (last._max.position ?? 0) + 1,
      componentId: data.componentId,
      quantity: data.quantity,
      operationId,
    },
  });
  await assertLinesDistinct(tx, bomId, ["input", "componentId"]);
  await assertBomGraphValid(tx, bom.productId, () => ["input", "componentId"]);
  await bomChanged(tx, actor, EventType.BOM_LINE_ADDED, bomId, {
    lineId: line.id,
    componentId: line.componentId,
  });
  return line;
}

export async function updateBomLine(tx: Tx, actor: Actor, lineId: number, input: unknown) {
  const data = parseInput(bomLineUpdateInput, input);
  const line = await requireExisting(tx.bomLine, lineId, "BOM line");
  const bom = await requireEditableBom(tx, line.bomId, ["id"]);
  const changesComponent = data.componentId !== undefined && data.componentId !== line.componentId;
  if (changesComponent) {
    const product = await tx.product.findUniqueOrThrow({ where: { id: bom.productId } });
    await requireComponents(tx, product, [{ componentId: data.componentId as number, field: ["input"] }]);
    await lockBomGraph(tx);
  }
  const { operationSequence, ...fields } = data;
  const updated = await tx.bomLine.update({
    where: { id: lineId },
    data: {
      ...fields,
      ...(operationSequence === undefined
        ? {}
        : { operationId: await operationIdOf(tx, bom.id, operationSequence) }),
    },
  });
  await assertLinesDistinct(tx, bom.id, ["input", changesComponent ? "componentId" : "operationSequence"]);
  if (changesComponent) await assertBomGraphValid(tx, bom.productId, () => ["input", "componentId"]);
  await bomChanged(tx, actor, EventType.BOM_LINE_UPDATED, bom.id, { lineId, changed: Object.keys(data) });
  return updated;
}

export async function removeBomLine(tx: Tx, actor: Actor, lineId: number) {
  const line = await requireExisting(tx.bomLine, lineId, "BOM line");
  await requireEditableBom(tx, line.bomId, ["id"]);
  await tx.bomLine.delete({ where: { id: lineId } });
  return bomChanged(tx, actor, EventType.BOM_LINE_REMOVED, line.bomId, {
    lineId,
    componentId: line.componentId,
  });
}

export async function addBomOperation(tx: Tx, actor: Actor, bomId: number, input: unknown) {
  const data = parseInput(bomOperationAddInput, input);
  const bom = await requireEditableBom(tx, bomId, ["bomId"]);
  const problems = kindProblems(bom.kind, { operations: [data] });
  if (problems.length > 0) throw invalid(problems.map((problem) => ({ ...problem, path: [] })));
  await requireResources(tx, [{ resourceId: data.resourceId, field: ["input", "resourceId"] }]);
  await assertSequenceFree(tx, bomId, data.sequence);
  const operation = await tx.bomOperation.create({ data: { ...data, bomId } });
  await bomChanged(tx, actor, EventType.BOM_OPERATION_ADDED, bomId, { operationId: operation.id });
  return operation;
}

export async function updateBomOperation(tx: Tx, actor: Actor, operationId: number, input: unknown) {
  const data = parseInput(bomOperationUpdateInput, input);
  const operation = await requireExisting(tx.bomOperation, operationId, "BOM operation");
  await requireEditableBom(tx, operation.bomId, ["id"]);
  if (data.resourceId !== undefined) {
    await requireResources(tx, [{ resourceId: data.resourceId, field: ["input", "resourceId"] }]);
  }
  if (data.sequence !== undefined && data.sequence !== operation.sequence) {
    await assertSequenceFree(tx, operation.bomId, data.sequence);
  }
  const updated = await tx.bomOperation.update({ where: { id: operationId }, data });
  await bomChanged(tx, actor, EventType.BOM_OPERATION_UPDATED, operation.bomId, {
    operationId,
    changed: Object.keys(data),
  });
  return updated;
}

/** Lines that were consumed at the operation are consumed at the start instead. */
export async function removeBomOperation(tx: Tx, actor: Actor, operationId: number) {
  const operation = await requireExisting(tx.bomOperation, operationId, "BOM operation");
  await requireEditableBom(tx, operation.bomId, ["id"]);
  await tx.bomOperation.delete({ where: { id: operationId } });
  await assertLinesDistinct(tx, operation.bomId, ["id"]);
  return bomChanged(tx, actor, EventType.BOM_OPERATION_REMOVED, operation.bomId, { operationId });
}

export async function setDefaultBom(tx: Tx, actor: Actor, bomId: number) {
  const bom = await requireEditableBom(tx, bomId, ["id"]);
  await makeDefault(tx, bom);
  await recordBomEvent(tx, actor, EventType.BOM_DEFAULT_SET, bomId, {
    productId: bom.productId,
    kind: bom.kind,
  });
  return bom;
}

/** An archived BOM stays readable but is never exploded, run or edited; it stops being a default. */
export async function archiveBom(tx: Tx, actor: Actor, bomId: number) {
  const bom = await requireExisting(tx.bom, bomId, "BOM");
  if (bom.archivedAt) return bom;
  await tx.bomDefault.deleteMany({ where: { bomId } });
  const archived = await tx.bom.update({ where: { id: bomId }, data: { archivedAt: new Date() } });
  await recordBomEvent(tx, actor, EventType.BOM_ARCHIVED, bomId, {});
  return archived;
}

// ---------------------------------------------------------------- shared checks

/** Archived BOMs are read-only. */
function requireEditableBom(tx: Tx, bomId: number, field: Field) {
  return requireActive(tx.bom, bomId, "BOM", field);
}

/**
 * Components must exist, be active and differ from the BOM's own product (a one-step cycle, refused like any
 * other). `field` is the path of the line input; the error names its componentId.
 */
async function requireComponents(
  tx: Tx,
  product: { id: number; sku: string },
  lines: { componentId: number; field: Field }[],
) {
  if (lines.length === 0) return;
  const found = await tx.product.findMany({
    where: { id: { in: lines.map((line) => line.componentId) } },
    select: { id: true, archivedAt: true },
  });
  const references = lines.map((line) => ({ id: line.componentId, field: [...line.field, "componentId"] }));
  const ownProduct = references
    .filter((reference) => reference.id === product.id)
    .map((reference) => ({
      code: ErrorCode.CYCLE,
      message: `A BOM cannot contain its own product: ${product.sku}${PATH_SEPARATOR}${product.sku}`,
      field: reference.field.map(String),
    }));
  const errors = [
    ...ownProduct,
    ...inactive(
      found,
      references.filter((reference) => reference.id !== product.id),
      "product",
    ),
  ];
  if (errors.length > 0) throw new DomainError(errors);
}

async function requireResources(tx: Tx, operations: { resourceId: number; field: Field }[]) {
  if (operations.length === 0) return;
  const found = await tx.resource.findMany({
    where: { id: { in: operations.map((operation) => operation.resourceId) } },
    select: { id: true, archivedAt: true },
  });
  const references = operations.map((operation) => ({ id: operation.resourceId, field: operation.field }));
  const errors = inactive(found, references, "resource");
  if (errors.length > 0) throw new DomainError(errors);
}

/**
 * requireActive (records.ts) for many references at once, from the rows one query found: an error for each
 * unknown or archived one, naming its field.
 */
function inactive(
  found: { id: number; archivedAt: Date | null }[],
  references: { id: number; field: Field }[],
  label: string,
): UserError[] {
  const byId = new Map(found.map((row) => [row.id, row]));
  return references.flatMap(({ id, field }) => {
    const row = byId.get(id);
    if (row && !row.archivedAt) return [];
    return [
      {
        code: row ? ErrorCode.ARCHIVED : ErrorCode.NOT_FOUND,
        message: row ? `The ${label} is archived` : `No ${label} with this id`,
        field: field.map(String),
      },
    ];
  });
}

async function operationIdOf(tx: Tx, bomId: number, sequence: number | null): Promise<number | null> {
  if (sequence === null) return null;
  const operation = await tx.bomOperation.findUnique({ where: { bomId_sequence: { bomId, sequence } } });
  if (!operation) {
    throw new DomainError(ErrorCode.NOT_FOUND, `The BOM has no operation ${sequence}`, [
      "input",
      "operationSequence",
    ]);
  }
  return operation.id;
}

async function assertSequenceFree(tx: Tx, bomId: number, sequence: number) {
  const taken = await tx.bomOperation.findUnique({ where: { bomId_sequence: { bomId, sequence } } });
  if (taken) {
    throw new DomainError(ErrorCode.ALREADY_EXISTS, `The BOM already has an operation ${sequence}`, [
      "input",
      "sequence",
    ]);
  }
}

/** After a change to a BOM's lines or operations: still at most one line per component and operation? */
async function assertLinesDistinct(tx: Tx, bomId: number, field: Field) {
  const repeated = await tx.bomLine.groupBy({
    by: ["componentId", "operationId"],
    where: { bomId },
    having: { componentId: { _count: { gt: 1 } } },
  });
  if (repeated.length > 0) {
    throw new DomainError(
      ErrorCode.ALREADY_EXISTS,
      "The BOM already has a line of this component at this operation; change that line's quantity instead",
      field,
    );
  }
}

async function makeDefault(tx: Tx, bom: { id: number; productId: number; kind: BomKind }) {
  await tx.bomDefault.upsert({
    where: { productId_kind: { productId: bom.productId, kind: bom.kind } },
    create: { productId: bom.productId, kind: bom.kind, bomId: bom.id },
    update: { bomId: bom.id },
  });
}

function recordBomEvent(
  tx: Tx,
  actor: Actor,
  type: EventType,
  bomId: number,
  payload: Prisma.InputJsonObject,
) {
  return recordEvent(tx, actor, { type, entityType: "Bom", entityId: bomId, payload });
}

/** After a change to a BOM's lines or operations: the BOM's updatedAt moves and the event is written. */
async function bomChanged(
  tx: Tx,
  actor: Actor,
  type: EventType,
  bomId: number,
  payload: Prisma.InputJsonObject,
) {
  await recordBomEvent(tx, actor, type, bomId, payload);
  return tx.bom.update({ where: { id: bomId }, data: { updatedAt: new Date() } });
}

function invalid(problems: Problem[]): DomainError {
  return new DomainError(
    problems.map((problem) => ({
      code: ErrorCode.INVALID_INPUT,
      message: problem.message,
      field: ["input", ...problem.path.map(String)],
    })),
  );
}
