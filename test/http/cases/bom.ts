import { createBom as createBomAction } from "../../../src/domain/bom/boms.ts";
import { globalId } from "../../kit/ids.ts";
import { createBom, createProduct } from "../../kit/world.ts";
import {
  bomArchive,
  bomCreate,
  bomLineAdd,
  bomLineRemove,
  bomLineUpdate,
  bomOperationAdd,
  bomOperationRemove,
  bomOperationUpdate,
  bomRun,
  bomSetDefault,
  bomUpdate,
} from "../../operations/bom.ts";
import {
  type AnyDocument,
  type BadInput,
  type CaseContext,
  inArea,
  missing,
  type Request,
  type Retries,
  sending,
  userError,
} from "./context.ts";

interface BomWithOperation {
  bom: string;
  line: string;
  operation: string;
  resource: string;
}

/** A BOM that is not its product's default, with a line and an operation: their global ids. */
async function bomWithOperation(c: CaseContext): Promise<BomWithOperation> {
  const [product, component, resource] = await Promise.all([
    c.fixtures.product(),
    c.fixtures.product(),
    c.fixtures.resource(),
  ]);
  const bom = await c.kit.db.transaction((tx) =>
    createBomAction(tx, null, {
      productId: product,
      kind: "PRODUCTION",
      name: c.fixtures.unique("Routing"),
      makeDefault: false,
      operations: [{ sequence: 10, name: "Cut", resourceId: resource }],
      lines: [{ componentId: component, quantity: "1" }],
    }),
  );
  const line = await c.kit.db.prisma.bomLine.findFirstOrThrow({ where: { bomId: bom.id } });
  return {
    bom: globalId("Bom", bom.id),
    line: globalId("BomLine", line.id),
    operation: globalId("BomOperation", bom.operations[0]?.id as number),
    resource: globalId("Resource", resource),
  };
}

type Variables = Record<string, unknown>;

/** `document` sent with the variables `variables` names on a new BOM with a line and an operation. */
const onBom =
  (
    c: CaseContext,
    document: AnyDocument,
    variables: (bom: BomWithOperation) => Promise<Variables> | Variables,
  ) =>
  async (): Promise<Request> => ({ document, variables: await variables(await bomWithOperation(c)) });

/** A run at the shop floor of `quantity` of a new made product, its component `componentStock` on hand. */
const running = (c: CaseContext, quantity: string, componentStock?: string) => async () => {
  const { bom } = await c.fixtures.madeProduct(componentStock);
  const at = globalId("Location", c.world.shopFloor);
  return {
    document: bomRun,
    variables: { input: { bomId: globalId("Bom", bom), locationId: at, quantity } },
  };
};

/** The retry case of each mutation of BOMs. */
export function retries(c: CaseContext): Retries {
  return {
    bomCreate: async () => ({
      document: bomCreate,
      variables: {
        input: {
          productId: await c.newRecord.product(),
          kind: "PRODUCTION",
          name: c.fixtures.unique("B"),
          makeDefault: true,
          lines: [{ componentId: await c.newRecord.product(), quantity: "2.5" }],
        },
      },
    }),
    bomArchive: onBom(c, bomArchive, ({ bom }) => ({ id: bom })),
    bomLineAdd: onBom(c, bomLineAdd, async ({ bom }) => ({
      bomId: bom,
      input: { componentId: await c.newRecord.product(), quantity: "4" },
    })),
    bomLineRemove: onBom(c, bomLineRemove, ({ line }) => ({ id: line })),
    bomLineUpdate: onBom(c, bomLineUpdate, ({ line }) => ({ id: line, input: { quantity: "3" } })),
    bomOperationAdd: onBom(c, bomOperationAdd, ({ bom, resource }) => ({
      bomId: bom,
      input: { name: "Weld", resourceId: resource, sequence: 20, setupMinutes: "5" },
    })),
    bomOperationRemove: onBom(c, bomOperationRemove, ({ operation }) => ({ id: operation })),
    bomOperationUpdate: onBom(c, bomOperationUpdate, ({ operation }) => ({
      id: operation,
      input: { name: "Cut twice" },
    })),
    bomRun: running(c, "2"),
    bomSetDefault: onBom(c, bomSetDefault, ({ bom }) => ({ id: bom })),
    bomUpdate: onBom(c, bomUpdate, ({ bom }) => ({
      id: bom,
      input: { name: c.fixtures.unique("Renamed"), outputQuantity: "2" },
    })),
  };
}

/** Bad requests to the mutations of BOMs, each refused with a typed error and writing nothing. */
export function badInputs(c: CaseContext): BadInput[] {
  return inArea("boms", [
    {
      name: "BOM containing its own product",
      prepare: async () => {
        const self = await c.newRecord.product();
        return {
          document: bomCreate,
          variables: {
            input: {
              productId: self,
              kind: "PRODUCTION",
              name: "Loop",
              lines: [{ componentId: self, quantity: "1" }],
            },
          },
        };
      },
      expected: userError("CYCLE", ["input", "lines", "0", "componentId"]),
    },
    {
      name: "line that closes a cycle two levels down",
      prepare: async () => {
        const [a, b] = [
          await createProduct(c.kit, c.fixtures.unique("A")),
          await createProduct(c.kit, c.fixtures.unique("B")),
        ];
        await createBom(c.kit, a, [[b, "1"]]);
        const bomOfB = await createBom(c.kit, b, [[await createProduct(c.kit, c.fixtures.unique("C")), "1"]]);
        return {
          document: bomLineAdd,
          variables: {
            bomId: globalId("Bom", bomOfB),
            input: { componentId: globalId("Product", a), quantity: "1" },
          },
        };
      },
      expected: userError("CYCLE", ["input", "componentId"]),
    },
    {
      name: "BOM line of quantity zero",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        return {
          document: bomLineAdd,
          variables: {
            bomId: globalId("Bom", bom),
            input: { componentId: await c.newRecord.product(), quantity: "0" },
          },
        };
      },
      expected: userError("INVALID_INPUT", ["input", "quantity"]),
    },
    {
      name: "assembly BOM with operations",
      prepare: async () => {
        const resource = await c.kit.db.prisma.resource.create({
          data: { name: c.fixtures.unique("Bench"), capacityMinutesPerDay: 60 },
        });
        return {
          document: bomCreate,
          variables: {
            input: {
              productId: await c.newRecord.product(),
              kind: "ASSEMBLY",
              name: "Kit",
              operations: [{ name: "Pack", resourceId: globalId("Resource", resource.id), sequence: 10 }],
            },
          },
        };
      },
      expected: userError("INVALID_INPUT", ["input", "operations"]),
    },
    {
      name: "update of a BOM line that does not exist",
      prepare: sending(bomLineUpdate, { id: missing("BomLine"), input: { quantity: "2" } }),
      expected: userError("NOT_FOUND", ["id"]),
    },
    {
      name: "editing an archived BOM",
      prepare: async () => {
        const { bom } = await c.fixtures.madeProduct("0");
        await c.kit.db.prisma.bom.update({ where: { id: bom }, data: { archivedAt: new Date() } });
        return { document: bomUpdate, variables: { id: globalId("Bom", bom), input: { name: "Revived" } } };
      },
      expected: userError("ARCHIVED", ["id"]),
    },
    {
      name: "BOM run with too little component stock",
      prepare: running(c, "5", "1"),
      expected: userError("INSUFFICIENT_STOCK", ["input", "quantity"]),
    },
  ]);
}
