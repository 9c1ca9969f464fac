import { render } from "preact";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { errorText, execute, NetworkError } from "../shared/graphql.ts";
import { signIn } from "../shared/session.ts";
import { type Session, SignedIn } from "../shared/sign-in.tsx";
import {
  type Match,
  type Offer,
  offersFor,
  orderAfter,
  type ProductionOrder,
  type ScanContext,
} from "./actions.ts";
import { Camera } from "./camera.tsx";
import { scanCode } from "./documents.ts";
import { ActionQueue, type Finished, type QueuedAction } from "./queue.ts";
import { sender } from "./send.ts";
import { openScannerDatabase, type ScanAnswer, type ScannerDatabase } from "./store.ts";
import "./scan.css";
import { Problem } from "../shared/problem.tsx";

/** How often a queue left waiting by a lost connection is sent again, besides the browser's `online` event. */
const RETRY_MS = 3000;

/**
 * A device key in the address's fragment (the admin's QR code, web/shared/device-key.tsx: `/scan#key=...`) signs
 * the scanner in; the fragment never reaches the server, and is taken off the address bar at once.
 */
function signInFromAddress(): boolean {
  const key = new URLSearchParams(location.hash.slice(1)).get("key");
  if (!key) return false;
  signIn("scan", key);
  history.replaceState(null, "", location.pathname + location.search);
  return true;
}

function Scanner({ session }: { session: Session }) {
  const [database, setDatabase] = useState<ScannerDatabase | null>(null);
  const [actions, setActions] = useState<readonly QueuedAction[]>([]);
  const [answer, setAnswer] = useState<{ scan: ScanAnswer; remembered: boolean } | null>(null);
  const [context, setContext] = useState<ScanContext>({ order: null, location: null });
  const [problem, setProblem] = useState<string | null>(null);
  const [online, setOnline] = useState(navigator.onLine);
  const scanField = useRef<HTMLInputElement>(null);
  const latestAnswer = useRef(answer);
  latestAnswer.current = answer;

  const queue = useMemo(
    () =>
      database &&
      new ActionQueue(database.queue, sender(session.key), (list, finished) => {
        setActions(list);
        if (finished) showFresh(finished, list);
      }),
    [database, session.key],
  );

  useEffect(() => {
    openScannerDatabase().then(setDatabase, (error: unknown) =>
      setProblem(`This browser keeps no queue: ${error}`),
    );
  }, []);

  useEffect(() => {
    if (!queue) return;
    const flush = () => void queue.flush();
    queue.open().then(flush);
    const retry = setInterval(() => {
      if (queue.waiting) flush();
    }, RETRY_MS);
    const wentOnline = () => {
      setOnline(true);
      flush();
    };
    const wentOffline = () => setOnline(false);
    addEventListener("online", wentOnline);
    addEventListener("offline", wentOffline);
    return () => {
      clearInterval(retry);
      removeEventListener("online", wentOnline);
      removeEventListener("offline", wentOffline);
    };
  }, [queue]);

  /** An action's answer shows the thing as it now is, once nothing queued after it would change it again. */
  function showFresh({ action, payload }: Finished, list: readonly QueuedAction[]) {
    if (action.state !== "done" || list.some((other) => other.state === "queued")) return;
    const fresh = freshRecord(payload);
    if (!fresh) return;
    setContext((current) =>
      current.order?.id === fresh.id && fresh.__typename === "ProductionOrder"
        ? { ...current, order: fresh }
        : current,
    );
    const shown = latestAnswer.current;
    if (shown)
      setAnswer({
        ...shown,
        scan: {
          ...shown.scan,
          matches: shown.scan.matches.map((match) => (match.id === fresh.id ? fresh : match)),
        },
      });
  }

  async function scan(code: string) {
    setProblem(null);
    if (!code.trim() || !database) return;
    try {
      const { data, errors } = await execute(scanCode, { code }, { key: session.key });
      if (!data) {
        setProblem(errorText(errors ?? []) || "The server did not answer the scan");
        return;
      }
      await database.remember(code.trim(), data.scan);
      show(data.scan, false);
    } catch (error) {
      if (!(error instanceof NetworkError)) {
        setProblem(String(error));
        return;
      }
      const remembered = await database.recall(code.trim());
      if (remembered) show(remembered, true);
      else
        setProblem(
          `No connection, and ${code.trim()} was not scanned on this device before: scan it again later`,
        );
    }
  }

  function show(scanned: ScanAnswer, remembered: boolean) {
    // While its steps wait (or offline, where the remembered answer is older), the order being worked on stays as
    // the queue leaves it; otherwise the server's answer is the newest.
    const keepOurs = remembered || (queue?.waiting ?? 0) > 0;
    const matches = scanned.matches.map((match) =>
      keepOurs && match.id === context.order?.id
        ? { ...context.order, __typename: "ProductionOrder" as const }
        : match,
    );
    setAnswer({ scan: { ...scanned, matches }, remembered });
    const order = matches.find((match) => match.__typename === "ProductionOrder");
    const place = scanned.matches.find((match) => match.__typename === "Location");
    setContext((current) => ({
      order: order ?? current.order,
      location: place ? { id: place.id, name: place.name } : current.location,
    }));
  }

  async function take(request: Exclude<ReturnType<Offer["request"]>, { problem: string }>, at: string) {
    if (!queue) return;
    if (context.order) {
      const order = orderAfter(context.order, request);
      setContext({ ...context, order });
      if (answer)
        setAnswer({
          ...answer,
          scan: {
            ...answer.scan,
            matches: answer.scan.matches.map((match) =>
              match.id === order.id ? { ...order, __typename: "ProductionOrder" } : match,
            ),
          },
        });
    }
    await queue.add(request, at);
    scanField.current?.focus();
    await queue.flush();
  }

  const queued = actions.filter((action) => action.state === "queued");
  const waiting = queued.length;
  // The oldest waiting action is the one sent first: no answer to its last attempt means the server is out of reach.
  const connection = !online ? "Offline" : queued[0]?.unanswered ? "No answer from the server" : "Online";
  return (
    <>
      <header>
        <h1>Scanner</h1>
        <span class={connection === "Online" ? "online" : "offline"} data-testid="connection">
          {connection}
          {waiting ? ` · ${waiting} waiting` : ""}
        </span>
        <button type="button" class="quiet" onClick={session.signOut}>
          {session.viewer.apiKey.name}: sign out
        </button>
      </header>
      <main>
        <form
          class="scan"
          onSubmit={(event) => {
            event.preventDefault();
            const field = scanField.current;
            if (!field) return;
            void scan(field.value);
            field.value = "";
          }}
        >
          <input
            ref={scanField}
            name="code"
            aria-label="Code"
            placeholder="Scan or type a code"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            autofocus
          />
          <button type="submit">Scan</button>
        </form>
        <Camera onCode={(code) => void scan(code)} />
        {context.order || context.location ? (
          <p class="context">
            {context.order ? `Working on ${context.order.number}` : ""}
            {context.order && context.location ? " · " : ""}
            {context.location ? `At ${context.location.name}` : ""}
          </p>
        ) : null}
        <Problem text={problem} />
        {answer ? (
          <Answer answer={answer.scan} remembered={answer.remembered} context={context} take={take} />
        ) : null}
        <Queue actions={actions} />
      </main>
    </>
  );
}

function Answer(props: {
  answer: ScanAnswer;
  remembered: boolean;
  context: ScanContext;
  take: (request: Exclude<ReturnType<Offer["request"]>, { problem: string }>, at: string) => Promise<void>;
}) {
  const { answer } = props;
  return (
    <section class="answer" aria-label="Scanned">
      <p class="code">
        {answer.code}
        {props.remembered ? " (offline: as scanned before)" : ""}
      </p>
      {answer.gs1Problem ? <p class="problem">Label: {answer.gs1Problem}</p> : null}
      {answer.gs1?.lot ? <p>Lot {answer.gs1.lot}</p> : null}
      {answer.matches.length === 0 ? <p class="problem">This code names nothing this key may see.</p> : null}
      {answer.matches.map((match) => (
        <article key={match.id} class="match">
          <h2>{titleOf(match)}</h2>
          <Details match={match} />
          {offersFor(match, props.context).map((offer) => (
            <OfferForm key={offer.key} offer={offer} take={props.take} />
          ))}
        </article>
      ))}
    </section>
  );
}

function titleOf(match: Match): string {
  switch (match.__typename) {
    case "Product":
      return `${match.sku} · ${match.name}`;
    case "Location":
      return `Location ${match.name}`;
    case "ProductionOrder":
      return `${match.number} · ${match.productionStatus}`;
    case "PurchaseOrder":
      return `${match.number} · ${match.supplier.name} · ${match.purchaseStatus}`;
    case "TransferOrder":
      return `${match.number} · ${match.fromLocation.name} → ${match.toLocation.name} · ${match.transferStatus}`;
    case "SalesOrder":
      return `${match.number} · ${match.salesStatus}`;
  }
}

function Details({ match }: { match: Match }) {
  if (match.__typename === "ProductionOrder") return <OrderDetails order={match} />;
  if (match.__typename === "Product")
    return (
      <ul class="facts">
        {match.stockLevels.map((level) => (
          <li key={level.location.id}>
            {level.onHand} {match.unit} at {level.location.name}
          </li>
        ))}
      </ul>
    );
  if (match.__typename === "PurchaseOrder" || match.__typename === "TransferOrder")
    return (
      <ul class="facts">
        {match.lines.map((line) => (
          <li key={line.id}>
            {line.product.sku}: {line.openQuantity} open
          </li>
        ))}
      </ul>
    );
  return null;
}

function OrderDetails({ order }: { order: ProductionOrder }) {
  return (
    <ul class="facts">
      {order.lines.map((line) => (
        <li key={line.id}>
          {line.product.sku}: {line.producedQuantity} of {line.quantity} made, {line.scrappedQuantity}{" "}
          scrapped
        </li>
      ))}
      {order.operations.map((operation) => (
        <li key={operation.id} data-operation={operation.name}>
          {operation.name}: {operation.status}
          {operation.pauseReason ? ` (${operation.pauseReason})` : ""}
        </li>
      ))}
      {order.components.map((component) => (
        <li key={component.id}>
          {component.product.sku}: {component.consumedQuantity} of {component.requiredQuantity} consumed
        </li>
      ))}
    </ul>
  );
}

function OfferForm(props: {
  offer: Offer;
  take: (request: Exclude<ReturnType<Offer["request"]>, { problem: string }>, at: string) => Promise<void>;
}) {
  const { offer } = props;
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      class="offer"
      data-offer={offer.label}
      onSubmit={(event) => {
        event.preventDefault();
        const form = event.currentTarget;
        const values = Object.fromEntries(
          [...new FormData(form)].map(([name, value]) => [name, typeof value === "string" ? value : ""]),
        );
        const at = new Date().toISOString();
        const request = offer.request(values, at);
        if ("problem" in request) {
          setProblem(request.problem);
          return;
        }
        setProblem(null);
        form.reset();
        void props.take(request, at);
      }}
    >
      {offer.fields.map((field) => (
        <label key={field.name} htmlFor={`${offer.key}:${field.name}`}>
          {field.label}
          {field.kind === "choice" ? (
            <select id={`${offer.key}:${field.name}`} name={field.name}>
              {field.choices?.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`${offer.key}:${field.name}`}
              name={field.name}
              defaultValue={field.initial}
              inputMode={field.kind === "quantity" ? "decimal" : "text"}
              autocomplete="off"
            />
          )}
        </label>
      ))}
      <button type="submit">{offer.label}</button>
      <Problem text={problem} />
    </form>
  );
}

const STATE_TEXT: Record<QueuedAction["state"], string> = {
  queued: "waiting",
  done: "done",
  refused: "refused",
  conflict: "conflict",
};

function Queue({ actions }: { actions: readonly QueuedAction[] }) {
  if (!actions.length) return null;
  return (
    <section class="queue" aria-label="Actions">
      <h2>Actions</h2>
      <ol>
        {[...actions].reverse().map((action) => (
          <li key={action.id} data-state={action.state}>
            <span class="badge">{STATE_TEXT[action.state]}</span> {action.label}
            {action.message ? <small>{action.message}</small> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The record a mutation's payload carries: an order's step answers with the order, a count with the product. */
function freshRecord(payload: unknown): Match | null {
  const fields = payload as Record<string, unknown> | null;
  const operation = fields?.operation as { order?: object } | undefined;
  const adjustment = fields?.adjustment as { movements: { product: object }[] } | undefined;
  const candidates: [Match["__typename"], unknown][] = [
    ["ProductionOrder", operation?.order ?? fields?.productionOrder],
    ["PurchaseOrder", fields?.purchaseOrder],
    ["TransferOrder", fields?.transferOrder],
    ["Product", adjustment?.movements[0]?.product],
  ];
  for (const [__typename, record] of candidates)
    if (record) return { ...(record as object), __typename } as Match;
  return null;
}

signInFromAddress();
// The page already open when a device key's address is opened in it: only the fragment changed.
addEventListener("hashchange", () => {
  if (signInFromAddress()) location.reload();
});
render(
  <SignedIn page="scan">{(session) => <Scanner session={session} />}</SignedIn>,
  document.getElementById("app") as HTMLElement,
);

// Keeps the page for use without a connection (web/scan/worker.ts); browsers without service workers, or pages
// not on HTTPS or localhost, run it as before, online.
if ("serviceWorker" in navigator) {
  navigator.serviceWorker.register("/scan-worker.js", { scope: "/scan" }).catch(() => {});
}
