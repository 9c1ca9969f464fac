import { graphql } from "../graphql/index.ts";

/** API keys. */

export const apiKeyCreate = graphql(`
  mutation apiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey { id name prefix role { name permissions } }
      secret
      userErrors { code message field }
    }
  }
`);

export const apiKeyRevoke = graphql(`
  mutation apiKeyRevoke($id: ID!) {
    apiKeyRevoke(id: $id) { apiKey { id name revokedAt } userErrors { code message field } }
  }
`);

export const viewer = graphql(`
  query viewer { viewer { apiKey { name } permissions } }
`);

/** The key's own id and role, which tells a permission test what the key may read. */
export const viewerApiKeyRole = graphql(`
  query viewerApiKeyRole { viewer { apiKey { id role { name permissions } } } }
`);
