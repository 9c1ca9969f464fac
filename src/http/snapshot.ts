import { type DocumentNode, getOperationAST, Kind, type SelectionSetNode } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Database, Tx } from "../db/database.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Context } from "../schema/builder.ts";

/** The root field whose answer must agree with the rest of its query. */
const LIVE_CURSOR_FIELD = "liveCursor";

/**
 * A query that selects `liveCursor` runs in one read-only snapshot of the database (Database.snapshot): its fields
 * resolve in several statements, and each would otherwise see the commits made since the one before, so the board
 * it reads and the cursor it resumes from could disagree (ADR 0025). Other queries read as before: a snapshot holds
 * a connection (on PGlite, the only one) for the whole execution.
 */
export function useLiveCursorSnapshot(db: Database): Plugin {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!selectsLiveCursor(args.document, args.operationName)) return;
      setExecuteFn((executionArgs) =>
        db.snapshot(async (tx) =>
          executeFn({
            ...executionArgs,
            contextValue: withSnapshot(executionArgs.contextValue as Context, tx),
          }),
        ),
      );
    },
  };
}

/** Whether the operation to run is a query with `liveCursor` among its root fields (through fragments too). */
function selectsLiveCursor(document: DocumentNode, operationName: string | null | undefined): boolean {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== "query") return false;
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION
        ? [[definition.name.value, definition.selectionSet] as const]
        : [],
    ),
  );
  const visited = new Set<string>();
  const selects = (selectionSet: SelectionSetNode): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) return selection.name.value === LIVE_CURSOR_FIELD;
      if (selection.kind === Kind.INLINE_FRAGMENT) return selects(selection.selectionSet);
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || visited.has(name)) return false;
      visited.add(name);
      return selects(fragment);
    });
  return selects(operation.selectionSet);
}

/** The request's context with `db` reading the snapshot `tx`: every resolver and loader reads through it. */
function withSnapshot<C extends Context>(context: C, tx: Tx): C {
  const db: Database = Object.assign(Object.create(context.db) as Database, {
    prisma: tx as unknown as PrismaClient,
    transaction: () => Promise.reject(new Error("A query reads a snapshot and cannot write")),
    snapshot: <T>(read: (tx: Tx) => Promise<T>) => read(tx),
  });
  // Pothos keeps per-request caches keyed by the context object: a fresh one for the snapshot's resolvers.
  return Object.assign(Object.create(Object.getPrototypeOf(context)) as C, context, { db });
}
