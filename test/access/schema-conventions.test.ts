import { type GraphQLObjectType, type GraphQLOutputType, getNamedType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { schema } from "../../src/schema/index.ts";

describe("schema conventions", () => {
  it("every root field declares what it needs", () => {
    const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(
      (type): type is GraphQLObjectType => isObjectType(type),
    );
    const undeclared = roots.flatMap((root) =>
      Object.values(root.getFields())
        .filter(
          (field) => !(field.extensions?.pothosOptions as { authScopes?: unknown } | undefined)?.authScopes,
        )
        .map((field) => `${root.name}.${field.name}`),
    );
    expect(undeclared).toEqual([]);
  });

  it("every mutation payload carries userErrors", () => {
    const mutation = schema.getMutationType();
    const withoutUserErrors = Object.values(mutation?.getFields() ?? {})
      .filter((field) => {
        const type = field.type as { ofType?: GraphQLObjectType } & Partial<GraphQLObjectType>;
        const payload = (type.ofType ?? type) as GraphQLObjectType;
        return !payload.getFields?.().userErrors;
      })
      .map((field) => field.name);
    expect(withoutUserErrors).toEqual([]);
  });

  it("every connection is named after its node type, its edges too, and counts its nodes", () => {
    const connections = Object.values(schema.getTypeMap()).filter(
      (type): type is GraphQLObjectType => isObjectType(type) && Boolean(type.getFields().pageInfo),
    );
    const named = connections.map((connection) => {
      const fields = connection.getFields();
      const edge = getNamedType(fields.edges?.type as GraphQLOutputType) as GraphQLObjectType;
      const node = getNamedType(edge.getFields().node?.type as GraphQLOutputType).name;
      return { node, names: [connection.name, edge.name, String(fields.totalCount?.type)] };
    });
    expect(named.length).toBeGreaterThan(10);
    for (const { node, names } of named) expect(names).toEqual([`${node}Connection`, `${node}Edge`, "Int!"]);
  });
});
