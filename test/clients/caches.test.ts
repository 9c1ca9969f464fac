import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";
import { relayStylePagination } from "@apollo/client/utilities";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { Client, fetchExchange } from "@urql/core";
import { cacheExchange } from "@urql/exchange-graphcache";
import { relayPagination } from "@urql/exchange-graphcache/extras";
import { introspectionFromSchema, isAbstractType, isObjectType } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";
import { seedDemo } from "../../src/setup/demo.ts";
import { forTheFile } from "../kit/app.ts";
import { globalId } from "../kit/ids.ts";
import { openServedKit, type ServedKit } from "../kit/live.ts";
import { bomExplosionFigures } from "../operations/bom.ts";
import { productRename, productsPage } from "../operations/catalog.ts";

/**
 * Two real client caches against the server, configured as docs/rules/api.md ("Cache keys") says: urql with
 * graphcache and Apollo Client. What a page of a front end does: two explosions of one product side by side, a
 * sorted and counted list, a mutation whose answer updates what the page shows.
 */

/** The object types without an id: values of their parent (docs/rules/api.md VALUE_TYPES). */
const VALUE_TYPES = Object.values(schema.getTypeMap())
  .filter((type) => isObjectType(type) && !type.name.startsWith("__") && !type.getFields().id)
  .map((type) => type.name);

/** Apollo's possibleTypes: every interface's and union's members. */
const POSSIBLE_TYPES = Object.fromEntries(
  Object.values(schema.getTypeMap())
    .filter(isAbstractType)
    .map((type) => [type.name, schema.getPossibleTypes(type).map((member) => member.name)]),
);

/** One page's client, whichever library: a network read, a cache-only read, a mutation. */
interface PageClient {
  name: string;
  read<Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
  cached<Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Data | null;
  mutate<Data, Variables extends object>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
  ): Promise<Data>;
}

function urqlPage(url: string, key: string): PageClient {
  const client = new Client({
    url,
    fetchOptions: { headers: { authorization: `Bearer ${key}` } },
    exchanges: [
      cacheExchange({
        schema: introspectionFromSchema(schema),
        keys: Object.fromEntries(VALUE_TYPES.map((type) => [type, () => null])),
        resolvers: { Query: { products: relayPagination() } },
      }),
      fetchExchange,
    ],
  });
  return {
    name: "urql graphcache",
    async read(document, variables) {
      const result = await client.query(document, variables, { requestPolicy: "network-only" }).toPromise();
      if (result.error) throw result.error;
      return result.data as never;
    },
    cached(document, variables) {
      return (client.readQuery(document, variables)?.data ?? null) as never;
    },
    async mutate(document, variables) {
      const result = await client.mutation(document, variables).toPromise();
      if (result.error) throw result.error;
      return result.data as never;
    },
  };
}

function apolloPage(url: string, key: string): PageClient {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, headers: { authorization: `Bearer ${key}` } }),
    cache: new InMemoryCache({
      possibleTypes: POSSIBLE_TYPES,
      typePolicies: {
        Query: {
          fields: {
            products: relayStylePagination(["search", "replenishment", "includeArchived", "orderBy"]),
          },
        },
      },
    }),
  });
  return {
    name: "Apollo Client",
    async read(document, variables) {
      const result = await client.query({ query: document, variables, fetchPolicy: "network-only" });
      return result.data as never;
    },
    cached(document, variables) {
      return client.readQuery({ query: document, variables }) as never;
    },
    async mutate(document, variables) {
      const result = await client.mutate({ mutation: document, variables });
      return result.data as never;
    },
  };
}

let served: ServedKit;
forTheFile(openServedKit, (opened) => {
  served = opened;
});
beforeAll(async () => {
  await seedDemo(served.kit.db);
});

const pages: [string, (url: string, key: string) => PageClient][] = [
  ["urql graphcache", urqlPage],
  ["Apollo Client", apolloPage],
];

describe.each(pages)("%s against the server", (_name, open) => {
  const page = () => open(served.server.url, served.kit.adminKey);
  const bikeId = async () =>
    globalId(
      "Product",
      (await served.kit.db.prisma.product.findUniqueOrThrow({ where: { sku: "BIKE" } })).id,
    );

  it("keeps two explosions of different quantities on one page apart, each with its own figures", async () => {
    const client = page();
    const productId = await bikeId();
    const five = await client.read(bomExplosionFigures, { productId, quantity: "5" });
    const one = await client.read(bomExplosionFigures, { productId, quantity: "1" });
    const totals = (explosion: typeof five | null) =>
      explosion?.bomExplosion.nodes.map((node) => [node.component.sku, node.totalQuantity]);
    expect(totals(five)?.[0]).toEqual(["BIKE", "5"]);
    expect(totals(one)?.[0]).toEqual(["BIKE", "1"]);
    // Both stay in the cache as the server sent them: reading one never overwrote the other's nodes.
    expect(totals(client.cached(bomExplosionFigures, { productId, quantity: "5" }))).toEqual(totals(five));
    expect(totals(client.cached(bomExplosionFigures, { productId, quantity: "1" }))).toEqual(totals(one));
    const ratios = totals(five)?.map(([, total], index) => Number(total) / Number(totals(one)?.[index]?.[1]));
    expect(new Set(ratios)).toEqual(new Set([5]));
  });

  it("reads a list page sorted and counted, and a mutation's answer updates the cached page", async () => {
    const client = page();
    const variables = { first: 3, orderBy: { field: "SKU" as const, direction: "DESC" as const } };
    const first = await client.read(productsPage, variables);
    const all = await served.kit.db.prisma.product.findMany({
      where: { archivedAt: null },
      orderBy: { sku: "desc" },
    });
    expect(first.products.totalCount).toBe(all.length);
    expect(first.products.edges.map((edge) => edge.node.sku)).toEqual(
      all.slice(0, 3).map((product) => product.sku),
    );

    const renamed = first.products.edges[1]?.node;
    const answer = await client.mutate(productRename, {
      id: renamed?.id ?? "",
      input: { name: `${renamed?.name} (${_name})` },
    });
    expect(answer.productUpdate.userErrors).toEqual([]);
    // Not read again: the cached page shows the name the mutation answered with.
    const cached = client.cached(productsPage, variables);
    expect(cached?.products.edges.map((edge) => edge.node.name)[1]).toBe(`${renamed?.name} (${_name})`);
  });
});
