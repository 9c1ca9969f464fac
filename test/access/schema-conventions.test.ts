import { type GraphQLObjectType, isObjectType } from "graphql";
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
});
