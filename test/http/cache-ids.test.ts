import {
  type GraphQLCompositeType,
  type GraphQLObjectType,
  getNamedType,
  isAbstractType,
  isLeafType,
  isObjectType,
  isRequiredArgument,
  parse,
} from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { type TestKit, useTestKit } from "../kit/app.ts";
import { decodeGlobalId } from "../kit/ids.ts";
import type { LooseDocument } from "./node-reads.ts";

/**
 * What a normalized client cache relies on (ADR 0027): every `id` of every object a query returns is a global id
 * of the object's own type, and no two objects share one. Generated from the schema: every root list and read,
 * through every field without required arguments, three levels down, over the demo data.
 */

/** `__typename`, `id` where the type has one, and every field that returns objects, `depth` levels down. */
function selection(type: GraphQLCompositeType, depth: number): string {
  if (isAbstractType(type)) {
    const members = schema
      .getPossibleTypes(type)
      .map((member) => `... on ${member.name} { ${selection(member, depth)} }`);
    return `__typename ${members.join(" ")}`;
  }
  const fields = Object.values((type as GraphQLObjectType).getFields());
  const children =
    depth <= 0
      ? []
      : fields
          .filter((field) => !isLeafType(getNamedType(field.type)) && !field.args.some(isRequiredArgument))
          .map((field) => {
            const paged = field.args.some((arg) => arg.name === "first") ? "(first: 20)" : "";
            return `${field.name}${paged} { ${selection(getNamedType(field.type) as GraphQLCompositeType, depth - 1)} }`;
          });
  return ["__typename", ...(fields.some((field) => field.name === "id") ? ["id"] : []), ...children].join(
    " ",
  );
}

/** Every object with an id in `value`, as [__typename, id]. */
function identified(value: unknown, found: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) for (const item of value) identified(item, found);
  else if (value && typeof value === "object") {
    const row = value as Record<string, unknown>;
    if (typeof row.id === "string" && typeof row.__typename === "string")
      found.push([row.__typename, row.id]);
    for (const child of Object.values(row)) identified(child, found);
  }
  return found;
}

describe("ids a client cache can key by", () => {
  let kit: TestKit;
  useTestKit((opened) => {
    kit = opened;
  });
  beforeAll(async () => {
    await seedDemo(kit.db);
  });

  it("every object's id is a global id of its own type, and no two objects share one", async () => {
    const roots = Object.values(schema.getQueryType()?.getFields() ?? {}).filter(
      // bomExplosion needs a product or a BOM: read below.
      (field) =>
        !field.args.some(isRequiredArgument) &&
        isObjectType(getNamedType(field.type)) &&
        field.name !== "bomExplosion",
    );
    const bike = await kit.db.prisma.product.findUniqueOrThrow({ where: { sku: "BIKE" } });
    const seen = new Map<string, string>();
    const reads = [
      ...roots.map((field) => {
        const paged = field.args.some((arg) => arg.name === "first") ? "(first: 20)" : "";
        return `{ ${field.name}${paged} { ${selection(getNamedType(field.type) as GraphQLCompositeType, 3)} } }`;
      }),
      `{ bomExplosion(productId: "${Buffer.from(`Product:${bike.id}`).toString("base64")}", quantity: "5") {
        ${selection(schema.getType("BomExplosion") as GraphQLObjectType, 2)} } }`,
    ];
    for (const read of reads) {
      const result = await kit.execute(parse(read) as LooseDocument);
      expect(result.errors, read).toBeUndefined();
      for (const [typename, id] of identified(result.data)) {
        expect(decodeGlobalId(id).typename, `${typename} ${id}`).toBe(typename);
        expect(seen.get(id) ?? typename, `${id} is a ${typename} and a ${seen.get(id)}`).toBe(typename);
        seen.set(id, typename);
      }
    }
    const types = new Set(seen.values());
    for (const typename of [
      "StockMovement",
      "StockLevel",
      "ProductionOrderEvent",
      "BomExplosionNode",
      "BomExplosion",
    ]) {
      expect(types, typename).toContain(typename);
    }
  });
});
