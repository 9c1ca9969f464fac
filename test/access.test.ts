import { type GraphQLObjectType, isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "../src/schema/index.ts";
import { graphql } from "./graphql/index.ts";
import { createTestKit, type TestKit } from "./kit/app.ts";

const CreateKey = graphql(`
  mutation CreateKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey { id name prefix role { name permissions } }
      secret
      userErrors { code message field }
    }
  }
`);

const RevokeKey = graphql(`
  mutation RevokeKey($id: ID!) {
    apiKeyRevoke(id: $id) { apiKey { revokedAt } userErrors { code } }
  }
`);

const Viewer = graphql(`
  query Viewer { viewer { apiKey { name } permissions } }
`);

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit.close());

describe("API keys", () => {
  it("an admin creates a key that works at once and stops working when revoked", async () => {
    const created = await kit.execute(CreateKey, { input: { name: "scanner 3", role: "shop-floor" } });
    const payload = created.data?.apiKeyCreate;
    expect(payload?.userErrors).toEqual([]);
    expect(payload?.apiKey?.role.permissions).toEqual([
      "PRODUCTION_VIEW",
      "PRODUCTION_ADJUST",
      "INVENTORY_ADJUST",
    ]);
    const secret = payload?.secret ?? "";
    expect(secret.startsWith(payload?.apiKey?.prefix ?? "-")).toBe(true);

    const asScanner = await kit.execute(Viewer, {}, { key: secret });
    expect(asScanner.data?.viewer).toEqual({
      apiKey: { name: "scanner 3" },
      permissions: ["PRODUCTION_VIEW", "PRODUCTION_ADJUST", "INVENTORY_ADJUST"],
    });

    await kit.execute(RevokeKey, { id: payload?.apiKey?.id ?? "" });
    const afterRevoke = await kit.execute(Viewer, {}, { key: secret });
    expect(afterRevoke.status).toBe(401);
    expect(afterRevoke.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("stores only a hash of the key", async () => {
    const created = await kit.execute(CreateKey, { input: { name: "hash check", role: "viewer" } });
    const secret = created.data?.apiKeyCreate.secret ?? "";
    const rows = await kit.db.prisma.apiKey.findMany();
    expect(rows.some((row) => JSON.stringify(row).includes(secret))).toBe(false);
  });

  it("refuses an unknown role as a user error", async () => {
    const created = await kit.execute(CreateKey, { input: { name: "x", role: "wizard" } });
    expect(created.data?.apiKeyCreate.userErrors).toEqual([
      { code: "NOT_FOUND", message: 'No role named "wizard"', field: ["input", "role"] },
    ]);
  });

  it("refuses key management to a key without ADMIN, naming the field", async () => {
    const planner = await kit.keyWith("PRODUCTION_VIEW", "BOM_MANAGE");
    const result = await kit.execute(CreateKey, { input: { name: "x", role: "admin" } }, { key: planner });
    expect(result.data?.apiKeyCreate ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(result.errors?.[0]?.message).toContain("Mutation.apiKeyCreate");
  });

  it("refuses a malformed bearer token and a missing header alike", async () => {
    for (const key of ["not-a-key", ""]) {
      const result = await kit.execute(Viewer, {}, { key });
      expect(result.status).toBe(401);
    }
  });
});

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
