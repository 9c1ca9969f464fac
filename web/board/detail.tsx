import { useEffect, useState } from "preact/hooks";
import type { BoardExplosionQuery, BoardOrderTreeQuery } from "../graphql/graphql.ts";
import { errorText, execute, userErrorText } from "../shared/graphql.ts";
import { mutate } from "../shared/mutate.ts";
import { Problem } from "../shared/problem.tsx";
import type { Session } from "../shared/sign-in.tsx";
import { authorizeMutation, explosionQuery, orderTreeQuery, releaseMutation } from "./documents.ts";
import { type OrderState, orderState } from "./model.ts";

type TreeOrder = Extract<NonNullable<BoardOrderTreeQuery["node"]>, { root: unknown }>["root"]["tree"][number];
type Explosion = BoardExplosionQuery["bomExplosion"];

/**
 * A clicked order's whole tree in one request (each order's status, components, shortages and related orders),
 * with authorize and release for a planner and a BOM explosion of an order's product. Read again after an action.
 */
export function OrderPanel(props: {
  id: string;
  session: Session;
  planner: boolean;
  onClose(): void;
  onChanged(order: OrderState): void;
}) {
  const [tree, setTree] = useState<{ locationId: string; orders: TreeOrder[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [explosion, setExplosion] = useState<{ sku: string; explosion: Explosion } | null>(null);
  const [reads, setReads] = useState(0);
  const { key } = props.session;

  useEffect(() => {
    let current = true;
    execute(orderTreeQuery, { id: props.id }, { key })
      .then(({ data, errors }) => {
        if (!current) return;
        const node = data?.node;
        if (node && "root" in node) setTree({ locationId: node.location.id, orders: node.root.tree });
        else setProblem(errors ? errorText(errors) : "The order is not readable");
      })
      .catch((error: unknown) => current && setProblem((error as Error).message));
    return () => {
      current = false;
    };
  }, [props.id, key, reads]);

  const act = async (order: TreeOrder, action: "authorize" | "release") => {
    setBusy(true);
    setProblem(null);
    try {
      const variables = { id: order.id, expectedVersion: order.version };
      const result =
        action === "authorize"
          ? await mutate(authorizeMutation, variables, key).then(({ data, errors }) => ({
              answer: data?.productionOrderAuthorize,
              unordered: [] as string[],
              errors,
            }))
          : await mutate(releaseMutation, variables, key).then(({ data, errors }) => ({
              answer: data?.productionOrderRelease,
              unordered: (data?.productionOrderRelease.unorderedComponents ?? []).map(
                (line) => `${line.quantity} ${line.product.sku}`,
              ),
              errors,
            }));
      const { answer } = result;
      if (!answer) {
        setProblem(result.errors ? errorText(result.errors) : "The server did not answer the action");
      } else if (answer.userErrors.length) {
        setProblem(userErrorText(answer.userErrors));
      } else if (answer.productionOrder) {
        props.onChanged(orderState(answer.productionOrder));
        if (result.unordered.length)
          setProblem(`Released; nothing ordered for ${result.unordered.join(", ")}`);
      }
    } catch (error) {
      setProblem(refusal(error));
    } finally {
      setBusy(false);
      setReads((count) => count + 1);
    }
  };

  const explode = async (order: TreeOrder) => {
    const line = order.lines[0];
    if (!line || !tree) return;
    const { data, errors } = await execute(
      explosionQuery,
      { productId: line.product.id, quantity: line.quantity, locationId: tree.locationId },
      { key },
    ).catch((error: unknown) => ({ data: null, errors: [{ message: refusal(error) }] }));
    if (data) setExplosion({ sku: line.product.sku, explosion: data.bomExplosion });
    else setProblem(errorText(errors ?? []));
  };

  return (
    <aside class="order-panel" data-order={props.id} aria-label="Order">
      <header>
        <h2>{tree?.orders.find((order) => order.id === props.id)?.number ?? "Order"}</h2>
        <button type="button" class="close" onClick={props.onClose}>
          Close
        </button>
      </header>
      <Problem text={problem} />
      {tree ? (
        <ol class="tree">
          {tree.orders.map((order) => (
            <li
              key={order.id}
              class={`tree-order status-${order.status}${order.id === props.id ? " clicked" : ""}`}
              style={{ marginLeft: `${order.level * 1.2}rem` }}
              data-tree-order={order.id}
              data-status={order.status}
            >
              <div class="tree-head">
                <strong>{order.number}</strong> <span class="status-tag">{order.status}</span>
                {order.late ? <span class="late-mark">late</span> : null}
                <span class="product">
                  {order.lines.map((line) => `${line.quantity} × ${line.product.sku}`).join(", ")}
                </span>
              </div>
              {order.components.length ? (
                <table class="components">
                  <thead>
                    <tr>
                      <th>Component</th>
                      <th>Required</th>
                      <th>Allocated</th>
                      <th>Short</th>
                    </tr>
                  </thead>
                  <tbody>
                    {order.components.map((component) => (
                      <tr class={isZero(component.shortageQuantity) ? "" : "short"}>
                        <td>{component.product.sku}</td>
                        <td>{component.requiredQuantity}</td>
                        <td>{component.allocatedQuantity}</td>
                        <td>{component.shortageQuantity}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
              {order.relatedOrders.length ? (
                <p class="related">
                  Related:{" "}
                  {order.relatedOrders.map((related) => (
                    <span class="related-order">
                      {related.number} {related.orderStatus}
                    </span>
                  ))}
                </p>
              ) : null}
              <div class="actions">
                {props.planner && order.status === "DRAFT" ? (
                  <button type="button" disabled={busy} onClick={() => act(order, "authorize")}>
                    Authorize
                  </button>
                ) : null}
                {props.planner && order.status === "PLANNED" ? (
                  <button type="button" disabled={busy} onClick={() => act(order, "release")}>
                    Release
                  </button>
                ) : null}
                {order.lines.length ? (
                  <button type="button" onClick={() => explode(order)}>
                    BOM explosion
                  </button>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      ) : problem ? null : (
        <p class="status">Loading…</p>
      )}
      {explosion ? (
        <section class="explosion">
          <h3>BOM explosion: {explosion.sku}</h3>
          <table>
            <thead>
              <tr>
                <th>Component</th>
                <th>Kind</th>
                <th>Quantity</th>
                <th>Available</th>
                <th>Short</th>
              </tr>
            </thead>
            <tbody>
              {explosion.explosion.nodes.map((node) => (
                <tr class={isZero(node.shortage) ? "" : "short"}>
                  <td style={{ paddingLeft: `${node.level * 1}rem` }}>{node.component.sku}</td>
                  <td>{node.kind}</td>
                  <td>{node.totalQuantity}</td>
                  <td>{node.available}</td>
                  <td>{node.shortage}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </aside>
  );
}

/** Why no answer came (a NetworkError's message). */
function refusal(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isZero(decimal: string): boolean {
  return /^-?0*(\.0*)?$/.test(decimal);
}
