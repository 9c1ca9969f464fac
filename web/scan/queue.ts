import type { GraphQLResult } from "../shared/graphql.ts";
import { errorText, NetworkError, userErrorText } from "../shared/graphql.ts";
import type { ActionRequest } from "./actions.ts";

/**
 * The scanner's outbox (docs/rules/scanner-page.md): every action is stored before it is sent, with its own
 * idempotency key, and sent one at a time in the order it was taken. Only "no answer" (a NetworkError, or the
 * server still running the first attempt) leaves an action queued, to be sent again with the same key, so the
 * server runs it once; any answer is the action's result: done, refused (its message) or conflict. A refused
 * action does not hold back the ones after it: each is checked by the server against the state it finds.
 */
export type ActionState = "queued" | "done" | "refused" | "conflict";

export interface QueuedAction extends ActionRequest {
  /** Also its idempotency key. */
  id: string;
  /** Its place in the queue: taken before every action with a larger one. */
  sequence: number;
  takenAt: string;
  state: ActionState;
  /** The result's message (refused, conflict), or why the last attempt got no answer. */
  message: string | null;
  /** Attempts that got no answer. */
  unanswered: number;
}

/** Where the queue lives: IndexedDB in the page (store.ts), a Map in the unit tests. */
export interface QueueStore {
  all(): Promise<QueuedAction[]>;
  put(action: QueuedAction): Promise<void>;
  delete(id: string): Promise<void>;
}

export interface Outcome {
  state: Exclude<ActionState, "queued">;
  message: string | null;
  /** The mutation's payload when done: what the page shows as the thing now is. */
  payload?: unknown;
}

/** An action just answered, with its payload when done (what the page shows as the thing now is). */
export interface Finished {
  action: QueuedAction;
  payload: unknown;
}

/** Sends one action under its idempotency key; throws NetworkError when no answer came. */
export type Send = (action: QueuedAction) => Promise<Outcome>;

/** How many finished actions stay listed (and stored) to show their results. */
export const FINISHED_KEPT = 20;

export class ActionQueue {
  private actions: QueuedAction[] = [];
  private flushing: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly store: QueueStore,
    private readonly send: Send,
    private readonly onChange: (actions: readonly QueuedAction[], finished?: Finished) => void,
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /** Loads what an earlier page left (a reload, a restart of the phone) and sends what is still queued. */
  async open(): Promise<void> {
    this.actions = (await this.store.all()).sort((a, b) => a.sequence - b.sequence);
    this.changed();
  }

  get list(): readonly QueuedAction[] {
    return this.actions;
  }

  get waiting(): number {
    return this.actions.filter((action) => action.state === "queued").length;
  }

  /** Stores the action (so it survives a reload) before anything is sent, then sends the queue. */
  async add(request: ActionRequest, takenAt: string): Promise<QueuedAction> {
    const action: QueuedAction = {
      ...request,
      id: this.newId(),
      sequence: (this.actions.at(-1)?.sequence ?? 0) + 1,
      takenAt,
      state: "queued",
      message: null,
      unanswered: 0,
    };
    await this.store.put(action);
    this.actions = [...this.actions, action];
    this.changed();
    return action;
  }

  /** Sends every queued action in order; stops at the first that gets no answer. One run at a time. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.flushing = (async () => {
      do {
        this.again = false;
        await this.sendQueued();
      } while (this.again);
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }

  private async sendQueued() {
    for (;;) {
      const action = this.actions.find((candidate) => candidate.state === "queued");
      if (!action) return;
      let outcome: Outcome;
      try {
        outcome = await this.send(action);
      } catch (error) {
        if (error instanceof NetworkError) {
          await this.replace({ ...action, unanswered: action.unanswered + 1, message: error.message });
          return;
        }
        outcome = { state: "refused", message: error instanceof Error ? error.message : String(error) };
      }
      const finished = { ...action, state: outcome.state, message: outcome.message };
      await this.replace(finished, outcome);
      await this.forgetOldFinished();
    }
  }

  private async replace(action: QueuedAction, outcome?: Outcome) {
    await this.store.put(action);
    this.actions = this.actions.map((candidate) => (candidate.id === action.id ? action : candidate));
    this.changed(outcome ? { action, payload: outcome.payload } : undefined);
  }

  private async forgetOldFinished() {
    const finished = this.actions.filter((action) => action.state !== "queued");
    const old = finished.slice(0, Math.max(0, finished.length - FINISHED_KEPT));
    for (const action of old) await this.store.delete(action.id);
    if (old.length) {
      this.actions = this.actions.filter((action) => !old.includes(action));
      this.changed();
    }
  }

  private changed(finished?: Finished) {
    this.onChange(this.actions, finished);
  }
}

interface Payload {
  userErrors: readonly { code: string; field?: readonly string[] | null; message: string }[];
}

/**
 * An answer's outcome for `field`, the mutation's payload field. A userError is the action's refusal, with the
 * field it names; VERSION_CONFLICT and RETRYABLE_CONFLICT (nothing was written) are conflicts; a top-level error
 * (a key without the permission, input the schema refuses) is a refusal too. IDEMPOTENCY_KEY_IN_PROGRESS means
 * the first attempt is still running: no answer yet, so a NetworkError (sent again with the same key).
 */
export function outcomeOf(result: GraphQLResult<Record<string, unknown>>, field: string): Outcome {
  const errors = result.errors ?? [];
  if (errors.length) {
    const code = errors[0]?.extensions?.code;
    if (code === "IDEMPOTENCY_KEY_IN_PROGRESS") throw new NetworkError(errors[0]?.message ?? code);
    return { state: code === "RETRYABLE_CONFLICT" ? "conflict" : "refused", message: errorText(errors) };
  }
  const payload = result.data?.[field] as Payload | undefined;
  if (!payload) return { state: "refused", message: "The server answered without a result" };
  const [userError] = payload.userErrors;
  if (!userError) return { state: "done", message: null, payload };
  const message = userErrorText(payload.userErrors);
  const conflict = userError.code === "VERSION_CONFLICT" || userError.code === "RETRYABLE_CONFLICT";
  return { state: conflict ? "conflict" : "refused", message };
}
