import type { TypedDocumentString } from "../graphql/graphql.ts";
import { execute } from "../shared/graphql.ts";
import type { ActionKind } from "./actions.ts";
import {
  consume,
  operationComplete,
  operationPause,
  operationResume,
  operationStart,
  purchaseReceive,
  reportOutput,
  stockCount,
  transferComplete,
} from "./documents.ts";
import { outcomeOf, type Send } from "./queue.ts";

type AnyMutation = TypedDocumentString<Record<string, unknown>, Record<string, unknown>>;

/** Each action's document and the payload field it answers in. */
const MUTATIONS = {
  operationStart: [operationStart, "productionOrderOperationStart"],
  operationPause: [operationPause, "productionOrderOperationPause"],
  operationResume: [operationResume, "productionOrderOperationResume"],
  operationComplete: [operationComplete, "productionOrderOperationComplete"],
  consume: [consume, "productionOrderConsume"],
  reportOutput: [reportOutput, "productionOrderReportOutput"],
  purchaseReceive: [purchaseReceive, "purchaseOrderReceive"],
  transferComplete: [transferComplete, "transferOrderComplete"],
  stockCount: [stockCount, "stockAdjust"],
} as const satisfies Record<ActionKind, readonly [unknown, string]>;

/** Sends a queued action with the signed-in key, its id as the idempotency key. */
export function sender(key: string): Send {
  return async (action) => {
    // Every one answers its payload under `field`; its variables were built for it by its offer (actions.ts).
    const [document, field] = MUTATIONS[action.kind] as unknown as readonly [AnyMutation, string];
    return outcomeOf(await execute(document, action.variables, { key, idempotencyKey: action.id }), field);
  };
}
