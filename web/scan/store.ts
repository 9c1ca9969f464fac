import type { ScannerScanQuery } from "../graphql/graphql.ts";
import type { QueuedAction, QueueStore } from "./queue.ts";

/**
 * The scanner's IndexedDB: the queue's actions (so an action taken offline survives a reload) and the last
 * answers of `scan` by code (so a code scanned before still shows its actions offline).
 */
const DATABASE = "bomgraph-scan";
const ACTIONS = "actions";
const LOOKUPS = "lookups";
/** How many scanned codes are remembered for offline use. */
const LOOKUPS_KEPT = 200;

export type ScanAnswer = ScannerScanQuery["scan"];

export interface ScannerDatabase {
  queue: QueueStore;
  remember(code: string, answer: ScanAnswer): Promise<void>;
  recall(code: string): Promise<ScanAnswer | null>;
}

export async function openScannerDatabase(): Promise<ScannerDatabase> {
  const db = await done(
    (() => {
      const opening = indexedDB.open(DATABASE, 1);
      opening.onupgradeneeded = () => {
        opening.result.createObjectStore(ACTIONS, { keyPath: "id" });
        opening.result.createObjectStore(LOOKUPS, { keyPath: "code" }).createIndex("at", "at");
      };
      return opening;
    })(),
  );
  const store = (name: string, mode: IDBTransactionMode) => db.transaction(name, mode).objectStore(name);
  return {
    queue: {
      all: () => done(store(ACTIONS, "readonly").getAll() as IDBRequest<QueuedAction[]>),
      put: async (action) => {
        await done(store(ACTIONS, "readwrite").put(action));
      },
      delete: async (id) => {
        await done(store(ACTIONS, "readwrite").delete(id));
      },
    },
    async remember(code, answer) {
      const lookups = store(LOOKUPS, "readwrite");
      lookups.put({ code, at: Date.now(), answer });
      const count = await done(lookups.count());
      if (count <= LOOKUPS_KEPT) return;
      const oldest = await done(lookups.index("at").getAllKeys(null, count - LOOKUPS_KEPT));
      for (const key of oldest) lookups.delete(key);
    },
    async recall(code) {
      const found = (await done(store(LOOKUPS, "readonly").get(code))) as { answer: ScanAnswer } | undefined;
      return found?.answer ?? null;
    },
  };
}

function done<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}
