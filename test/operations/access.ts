import { graphql } from "../graphql/index.ts";

/** API keys. */

export const apiKeyCreate = graphql(`
  mutation apiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey { id name prefix trustedDocumentsOnly role { name permissions } }
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

export const me = graphql(`
  query me { me { apiKey { name role { name permissions } } permissions } }
`);

/** The key's own id and role, which tells a permission test what the key may read. */
export const meApiKeyRole = graphql(`
  query meApiKeyRole { me { apiKey { id role { name permissions } } } }
`);

/** Roles. */

graphql(`
  fragment RoleFields on Role {
    id
    name
    permissions
    builtIn
    archivedAt
  }
`);

export const roleCreate = graphql(`
  mutation roleCreate($input: RoleCreateInput!) {
    roleCreate(input: $input) { role { ...RoleFields } userErrors { code message field } }
  }
`);

export const roleUpdate = graphql(`
  mutation roleUpdate($id: ID!, $input: RoleUpdateInput!) {
    roleUpdate(id: $id, input: $input) { role { ...RoleFields } userErrors { code message field } }
  }
`);

export const roleArchive = graphql(`
  mutation roleArchive($id: ID!) {
    roleArchive(id: $id) { role { ...RoleFields } userErrors { code message field } }
  }
`);

export const roles = graphql(`
  query roles($includeArchived: Boolean) {
    roles(includeArchived: $includeArchived) { ...RoleFields createdAt }
  }
`);
