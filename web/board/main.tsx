import type { Client } from "graphql-ws";
import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import type { BoardChangesSubscription } from "../graphql/graphql.ts";
import { errorText, execute, userErrorText } from "../shared/graphql.ts";
import { type LiveState, liveClient } from "../shared/live.ts";
import { mutate } from "../shared/mutate.ts";
import { type Session, SignedIn } from "../shared/sign-in.tsx";
import { canPlan } from "./access.ts";
import { OrderPanel } from "./detail.tsx";
import {
  boardChanges,
  boardQuery,
  currentOrderQuery,
  rescheduleMutation,
  resourceDaysQuery,
} from "./documents.ts";
import {
  type Applied,
  applyEvent,
  type Bar,
  type BoardState,
  boardFromSchedule,
  layout,
  movedDates,
  type OrderAnswer,
  orderState,
  withDays,
  withOrder,
} from "./model.ts";
import {
  type BoardWindow,
  shiftedWindow,
  WINDOW_DAYS,
  windowFromSearch,
  windowRange,
  windowSearch,
} from "./window.ts";
import "./board.css";
import { AddScanner } from "../shared/device-key.tsx";

function BoardPage({ session }: { session: Session }) {
  const [boardWindow, setBoardWindow] = useState<BoardWindow>(() =>
    windowFromSearch(location.search, new Date()),
  );
  const [board, setBoard] = useState<BoardState | null>(null);
  const [live, setLive] = useState<LiveState>("connecting");
  const [notice, setNotice] = useState<string | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const boardRef = useRef<BoardState | null>(null);
  const clientRef = useRef<Client | null>(null);
  const planner = canPlan(session);
  const admin = session.viewer.permissions.includes("ADMIN");
  const [addingScanner, setAddingScanner] = useState(false);

  /** Every change goes through here: the view and the ref the live handler reads stay one state. */
  const update = (applied: Applied) => {
    boardRef.current = applied.state;
    setBoard(applied.state);
    if (applied.changedResources.length) loads.refresh(applied.changedResources);
  };

  const loads = useLoadRefresh(session.key, boardWindow, boardRef, (state) => {
    boardRef.current = state;
    setBoard(state);
  });

  useEffect(() => {
    const client = liveClient(session.key, setLive);
    clientRef.current = client;
    return () => {
      clientRef.current = null;
      void client.dispose();
    };
  }, [session.key]);

  useEffect(() => {
    history.replaceState(null, "", windowSearch(boardWindow));
    let current = true;
    let unsubscribe: (() => void) | undefined;
    const load = async () => {
      setBoard(null);
      boardRef.current = null;
      const { data, errors } = await execute(boardQuery, windowRange(boardWindow), { key: session.key });
      if (!current) return;
      if (!data) {
        setNotice(errors ? errorText(errors) : "The board did not load");
        return;
      }
      const state = boardFromSchedule(data.schedule, data.liveCursor);
      boardRef.current = state;
      setBoard(state);
      // graphql-ws sends this same object again when it reconnects: `after` follows every event received.
      const variables = { after: data.liveCursor };
      unsubscribe = clientRef.current?.subscribe<BoardChangesSubscription>(
        { query: boardChanges.toString(), variables },
        {
          next: ({ data: change, errors: changeErrors }) => {
            if (changeErrors?.length) {
              setNotice(errorText(changeErrors));
              return;
            }
            const event = change?.productionOrderEvents;
            if (!event || !boardRef.current) return;
            variables.after = event.cursor;
            update(applyEvent(boardRef.current, event));
          },
          error: (error) => {
            // EVENTS_EXPIRED and the like: the board is too old to catch up; read it again.
            const message = Array.isArray(error)
              ? errorText(error)
              : String((error as Error)?.message ?? error);
            setNotice(`Live updates stopped (${message}): reloading the board`);
            if (current) void load();
          },
          complete: () => {},
        },
      );
    };
    load().catch((error: unknown) => setNotice(String((error as Error).message ?? error)));
    return () => {
      current = false;
      unsubscribe?.();
    };
  }, [boardWindow, session.key]);

  const move = async (bar: Bar, toDay: number, toResource: string) => {
    const state = boardRef.current;
    if (!state) return;
    const dates = movedDates(state.days, bar.order, bar.firstDay, toDay);
    if (!dates) return;
    const before = bar.order;
    // The bar moves at once; the server's answer (or the order as it is now) replaces it.
    update(
      withOrder(state, {
        ...before,
        startDate: dates.startDate,
        expectedDate: dates.expectedDate,
        operations: shiftedOperations(before, bar.resourceId, toResource, dates.startDate),
      }),
    );
    setNotice(null);
    try {
      const { data, errors } = await mutate(
        rescheduleMutation,
        {
          id: before.id,
          expectedVersion: before.version,
          ...dates,
          resourceId: toResource === bar.resourceId ? null : toResource,
        },
        session.key,
      );
      const payload = data?.productionOrderReschedule;
      if (payload?.productionOrder && payload.userErrors.length === 0) {
        if (boardRef.current) update(withOrder(boardRef.current, orderState(payload.productionOrder)));
        return;
      }
      setNotice(
        `${before.number} not moved: ${payload?.userErrors.length ? userErrorText(payload.userErrors) : errorText(errors ?? [])}`,
      );
    } catch (error) {
      setNotice(`${before.number} not moved: ${(error as Error).message}`);
    }
    // Refused or lost: show the order as it is now (another planner's change), never the page's guess.
    const { data } = await execute(currentOrderQuery, { id: before.id }, { key: session.key }).catch(() => ({
      data: null,
    }));
    // `node` answers a union with `{}` (another type): `number` tells the order apart, which TS cannot narrow.
    const now = data?.node && "number" in data.node ? orderState(data.node as OrderAnswer) : before;
    if (boardRef.current) update(withOrder(boardRef.current, now));
  };

  return (
    <>
      <header class="board-header">
        <h1>Board</h1>
        <WindowPicker window={boardWindow} onChange={setBoardWindow} />
        <span class={`live live-${live}`} data-live={live} role="status">
          {LIVE_TEXT[live]}
        </span>
        <div class="header-actions">
          <span class="key-name">
            {session.viewer.apiKey.name}
            {planner ? "" : " (view only)"}
          </span>
          {admin ? (
            <button
              type="button"
              aria-expanded={addingScanner}
              onClick={() => setAddingScanner(!addingScanner)}
            >
              Add a scanner
            </button>
          ) : null}
          <button type="button" onClick={session.signOut}>
            Sign out
          </button>
        </div>
      </header>
      {addingScanner ? <AddScanner session={session} /> : null}
      {notice ? (
        <p class="notice" role="alert">
          {notice}
          <button type="button" class="dismiss" onClick={() => setNotice(null)}>
            ×
          </button>
        </p>
      ) : null}
      <main class="board-main">
        {board ? (
          <Grid board={board} planner={planner} onMove={move} onSelect={setSelected} selected={selected} />
        ) : (
          <p class="status">Loading the board…</p>
        )}
        {selected ? (
          <OrderPanel
            id={selected}
            session={session}
            planner={planner}
            onClose={() => setSelected(null)}
            onChanged={(order) => boardRef.current && update(withOrder(boardRef.current, order))}
          />
        ) : null}
      </main>
      {board ? <RecentChanges board={board} /> : null}
    </>
  );
}

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: "Connecting…",
  live: "Live",
  reconnecting: "Reconnecting…",
  refused: "Key refused: sign in again",
};

/**
 * The page's guess while the server answers: the operations on the dragged resource move with the bar (to the
 * target resource when it changed); the server lays them out for real.
 */
function shiftedOperations(order: Bar["order"], fromResource: string, toResource: string, startDate: string) {
  if (!order.startDate) return order.operations;
  const shift = Date.parse(startDate) - Date.parse(order.startDate);
  const at = (instant: string | null) =>
    instant ? new Date(Date.parse(instant) + shift).toISOString() : null;
  return order.operations.map((operation) => ({
    ...operation,
    resourceId: operation.resourceId === fromResource ? toResource : operation.resourceId,
    plannedStart: at(operation.plannedStart),
    plannedEnd: at(operation.plannedEnd),
  }));
}

function WindowPicker(props: { window: BoardWindow; onChange(window: BoardWindow): void }) {
  return (
    <form class="window-picker" onSubmit={(event) => event.preventDefault()}>
      <button
        type="button"
        title="Previous window"
        onClick={() => props.onChange(shiftedWindow(props.window, -1))}
      >
        ‹
      </button>
      <input
        type="date"
        name="from"
        value={props.window.from}
        onChange={(event) => {
          const from = event.currentTarget.value;
          if (from) props.onChange({ ...props.window, from });
        }}
      />
      <select
        name="days"
        value={String(props.window.days)}
        onChange={(event) => props.onChange({ ...props.window, days: Number(event.currentTarget.value) })}
      >
        {WINDOW_DAYS.map((days) => (
          <option value={String(days)}>{days} days</option>
        ))}
      </select>
      <button
        type="button"
        title="Next window"
        onClick={() => props.onChange(shiftedWindow(props.window, 1))}
      >
        ›
      </button>
    </form>
  );
}

/** Reads the daily loads of the resources changes touched, a batch per 100 ms, in one request. */
function useLoadRefresh(
  key: string,
  boardWindow: BoardWindow,
  boardRef: { current: BoardState | null },
  onState: (state: BoardState) => void,
) {
  const pending = useRef(new Set<string>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const windowRef = useRef(boardWindow);
  windowRef.current = boardWindow;
  return {
    refresh(resourceIds: string[]) {
      for (const id of resourceIds) pending.current.add(id);
      timer.current ??= setTimeout(async () => {
        timer.current = null;
        const ids = [...pending.current];
        pending.current.clear();
        const asked = windowRef.current;
        const answer = await execute(
          resourceDaysQuery,
          { ...windowRange(asked), resourceIds: ids },
          { key },
        ).catch(() => null);
        if (!answer?.data || asked !== windowRef.current) return;
        let state = boardRef.current;
        if (!state) return;
        for (const row of answer.data.schedule.resources) state = withDays(state, row.resource.id, row.days);
        onState(state);
      }, 100);
    },
  };
}

const dayFormat = (timeZone: string) =>
  new Intl.DateTimeFormat(undefined, { timeZone, weekday: "short", day: "numeric", month: "short" });

interface Drag {
  bar: Bar;
  pointerId: number;
  startX: number;
  startY: number;
  moved: boolean;
  target: { day: number; resource: string } | null;
}

function Grid(props: {
  board: BoardState;
  planner: boolean;
  selected: string | null;
  onMove(bar: Bar, toDay: number, toResource: string): void;
  onSelect(id: string): void;
}) {
  const { board } = props;
  const rows = layout(board);
  const [drag, setDrag] = useState<Drag | null>(null);
  const format = dayFormat(board.timeZone);
  const columns = `12rem repeat(${board.days.length}, minmax(5.5rem, 1fr))`;

  const cellAt = (x: number, y: number) => {
    const cell = document.elementFromPoint(x, y)?.closest<HTMLElement>("[data-cell-day]");
    return cell ? { day: Number(cell.dataset.cellDay), resource: cell.dataset.cellResource as string } : null;
  };

  return (
    <div
      class={`grid${drag?.moved ? " dragging" : ""}`}
      data-time-zone={board.timeZone}
      onPointerMove={(event) => {
        if (!drag || event.pointerId !== drag.pointerId) return;
        const moved = drag.moved || Math.hypot(event.clientX - drag.startX, event.clientY - drag.startY) > 4;
        setDrag({ ...drag, moved, target: moved ? cellAt(event.clientX, event.clientY) : null });
      }}
      onPointerUp={(event) => {
        if (!drag || event.pointerId !== drag.pointerId) return;
        setDrag(null);
        if (!drag.moved) {
          props.onSelect(drag.bar.order.id);
          return;
        }
        const target = cellAt(event.clientX, event.clientY);
        if (target && (target.day !== drag.bar.firstDay || target.resource !== drag.bar.resourceId))
          props.onMove(drag.bar, target.day, target.resource);
      }}
      onPointerCancel={() => setDrag(null)}
    >
      <div class="grid-head" style={{ gridTemplateColumns: columns }}>
        <div class="corner">{board.timeZone}</div>
        {board.days.map((day) => (
          <div class="day-head" data-day={day}>
            {format.format(new Date(day))}
          </div>
        ))}
      </div>
      {rows.map(({ resource, bars, lanes }) => (
        <section
          class="resource-row"
          data-resource={resource.id}
          style={{ gridTemplateColumns: columns, gridTemplateRows: `auto repeat(${lanes}, 2.4rem)` }}
        >
          <div class="resource-name" style={{ gridRow: `1 / span ${lanes + 1}` }}>
            <strong>{resource.name}</strong>
            <small>{resource.capacityMinutesPerDay} min/day</small>
          </div>
          {resource.days.map((load, day) => (
            <div
              class={`cell${load.overloaded ? " overloaded" : ""}${drag?.target?.day === day && drag.target.resource === resource.id ? " drop-target" : ""}`}
              style={{ gridColumn: day + 2, gridRow: `1 / span ${lanes + 1}` }}
              data-cell-day={day}
              data-cell-resource={resource.id}
              data-load={load.loadMinutes}
              data-capacity={load.capacityMinutes}
              data-overloaded={String(load.overloaded)}
              title={`${load.loadMinutes} of ${load.capacityMinutes} min`}
            />
          ))}
          {resource.days.map((load, day) => (
            <span
              class={`load${load.overloaded ? " overloaded" : ""}`}
              style={{ gridColumn: day + 2, gridRow: 1 }}
            >
              {trimMinutes(load.loadMinutes)} / {load.capacityMinutes} min
              {load.overloaded ? " overloaded" : ""}
            </span>
          ))}
          {bars.map((bar) => (
            <OrderBar
              bar={bar}
              planner={props.planner}
              selected={props.selected === bar.order.id}
              dragged={drag?.moved === true && drag.bar === bar}
              onPointerDown={(event) => {
                if (event.button !== 0) return;
                if (!props.planner) {
                  props.onSelect(bar.order.id);
                  return;
                }
                event.preventDefault();
                setDrag({
                  bar,
                  pointerId: event.pointerId,
                  startX: event.clientX,
                  startY: event.clientY,
                  moved: false,
                  target: null,
                });
              }}
            />
          ))}
        </section>
      ))}
    </div>
  );
}

function OrderBar(props: {
  bar: Bar;
  planner: boolean;
  selected: boolean;
  dragged: boolean;
  onPointerDown(event: PointerEvent): void;
}) {
  const { bar } = props;
  const { order } = bar;
  return (
    <div
      class={`bar status-${order.status}${order.late ? " late" : ""}${props.selected ? " selected" : ""}${props.dragged ? " dragged" : ""}${props.planner ? " movable" : ""}`}
      style={{ gridColumn: `${bar.firstDay + 2} / ${bar.lastDay + 3}`, gridRow: bar.lane + 2 }}
      data-order={order.id}
      data-number={order.number}
      data-version={order.version}
      data-status={order.status}
      data-start={order.startDate ?? ""}
      data-end={order.expectedDate ?? ""}
      data-resource={bar.resourceId}
      data-late={String(order.late)}
      title={`${order.number} ${order.status}${order.late ? " LATE" : ""}${props.planner ? ": drag to move the order (its operations move with it)" : ""}`}
      onPointerDown={props.onPointerDown}
    >
      <span class="number">{order.number}</span>
      {order.late ? <span class="late-mark">late</span> : null}
      {bar.operations.map((operation) => (
        <span class={`operation op-${operation.status}`} data-operation={operation.id}>
          {operation.name}
        </span>
      ))}
      {bar.minutes ? <span class="minutes">{trimMinutes(bar.minutes)} min</span> : null}
    </div>
  );
}

/** Minutes shown to one decimal; the exact figure is in the cell's title and data-load. */
function trimMinutes(minutes: string): string {
  const [whole, fraction = ""] = minutes.split(".");
  return fraction && fraction !== "0".repeat(fraction.length)
    ? `${whole}.${fraction.slice(0, 1)}`
    : (whole ?? "0");
}

function RecentChanges({ board }: { board: BoardState }) {
  return (
    <aside class="recent" data-cursor={board.cursor} data-applied={board.appliedCount}>
      <h2>Recent changes</h2>
      <ol>
        {board.recent.map((change) => (
          <li data-cursor={change.cursor}>
            <code>#{change.cursor}</code> {change.number ?? ""} {change.what}
          </li>
        ))}
      </ol>
    </aside>
  );
}

render(
  <SignedIn page="board">{(session) => <BoardPage session={session} />}</SignedIn>,
  document.getElementById("app") as HTMLElement,
);
