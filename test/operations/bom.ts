import { graphql } from "../graphql/index.ts";

/** BOMs: their lines and operations, and running one. */

graphql(`
  fragment BomFields on Bom {
    id name kind outputQuantity autoAssemble isDefault archivedAt
    product { sku replenishment }
    lines { id position quantity component { sku } operation { sequence } }
    operations { id sequence name setupMinutes minutesPerUnit resource { name } }
  }
`);

export const bomCreate = graphql(`
  mutation bomCreate($input: BomCreateInput!) {
    bomCreate(input: $input) { bom { ...BomFields } userErrors { code message field } }
  }
`);

export const bomArchive = graphql(`
  mutation bomArchive($id: ID!) {
    bomArchive(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

export const bomLineAdd = graphql(`
  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {
    bomLineAdd(input: $input, bomId: $bomId) {
      bomLine { id quantity component { sku } bom { ...BomFields } }
      userErrors { code message field }
    }
  }
`);

export const bomLineRemove = graphql(`
  mutation bomLineRemove($id: ID!) {
    bomLineRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

export const bomLineUpdate = graphql(`
  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {
    bomLineUpdate(id: $id, input: $input) { bomLine { id quantity } userErrors { code message field } }
  }
`);

export const bomOperationAdd = graphql(`
  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {
    bomOperationAdd(input: $input, bomId: $bomId) {
      bomOperation { id name sequence setupMinutes minutesPerUnit }
      userErrors { code message field }
    }
  }
`);

export const bomOperationRemove = graphql(`
  mutation bomOperationRemove($id: ID!) {
    bomOperationRemove(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

export const bomOperationUpdate = graphql(`
  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {
    bomOperationUpdate(id: $id, input: $input) {
      bomOperation { id name sequence }
      userErrors { code message field }
    }
  }
`);

export const bomRun = graphql(`
  mutation bomRun($input: BomRunInput!) {
    bomRun(input: $input) {
      bomRun { id quantity movements { quantity reason product { sku } } }
      userErrors { code message field }
    }
  }
`);

export const bomSetDefault = graphql(`
  mutation bomSetDefault($id: ID!) {
    bomSetDefault(id: $id) { bom { ...BomFields } userErrors { code message field } }
  }
`);

export const bomUpdate = graphql(`
  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {
    bomUpdate(id: $id, input: $input) { bom { ...BomFields } userErrors { code message field } }
  }
`);
