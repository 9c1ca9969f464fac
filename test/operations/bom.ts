import { graphql } from "../graphql/index.ts";

/** BOMs: their lines and operations, and running one. */

graphql(`
  fragment BomFields on Bom {
    id
    name
    kind
    outputQuantity
    autoAssemble
    isDefault
    archivedAt
    product { sku replenishment }
    lines { id position quantity component { sku } operation { sequence } }
    operations { id sequence name setupMinutes minutesPerUnit resource { name } }
  }
`);

export const bomCreate = graphql(`
  mutation bomCreate($input: BomCreateInput!) {
    bomCreate(input: $input) { ...BomPayloadFields }
  }
`);

export const bomArchive = graphql(`
  mutation bomArchive($id: ID!) {
    bomArchive(id: $id) { ...BomPayloadFields }
  }
`);

export const bomLineAdd = graphql(`
  mutation bomLineAdd($input: BomLineInput!, $bomId: ID!) {
    bomLineAdd(input: $input, bomId: $bomId) {
      bomLine { id position quantity component { sku } operation { sequence } bom { ...BomFields } }
      userErrors { code message field }
    }
  }
`);

export const bomLineRemove = graphql(`
  mutation bomLineRemove($id: ID!) {
    bomLineRemove(id: $id) { ...BomPayloadFields }
  }
`);

export const bomLineUpdate = graphql(`
  mutation bomLineUpdate($id: ID!, $input: BomLineUpdateInput!) {
    bomLineUpdate(id: $id, input: $input) {
      bomLine { id quantity component { sku } operation { sequence } }
      userErrors { code message field }
    }
  }
`);

export const bomOperationAdd = graphql(`
  mutation bomOperationAdd($input: BomOperationInput!, $bomId: ID!) {
    bomOperationAdd(input: $input, bomId: $bomId) {
      bomOperation { id name sequence setupMinutes minutesPerUnit resource { name } }
      userErrors { code message field }
    }
  }
`);

export const bomOperationRemove = graphql(`
  mutation bomOperationRemove($id: ID!) {
    bomOperationRemove(id: $id) { ...BomPayloadFields }
  }
`);

export const bomOperationUpdate = graphql(`
  mutation bomOperationUpdate($id: ID!, $input: BomOperationUpdateInput!) {
    bomOperationUpdate(id: $id, input: $input) {
      bomOperation { id name sequence minutesPerUnit }
      userErrors { code message field }
    }
  }
`);

export const bomRun = graphql(`
  mutation bomRun($input: BomRunInput!) {
    bomRun(input: $input) {
      bomRun {
        id quantity
        bom { name }
        location { name }
        movements { quantity reason product { sku } location { name } bomRun { id } }
      }
      userErrors { code message field }
    }
  }
`);

export const bomSetDefault = graphql(`
  mutation bomSetDefault($id: ID!) {
    bomSetDefault(id: $id) { ...BomPayloadFields }
  }
`);

export const bomUpdate = graphql(`
  mutation bomUpdate($id: ID!, $input: BomUpdateInput!) {
    bomUpdate(id: $id, input: $input) { ...BomPayloadFields }
  }
`);

/** A product's default BOM and all its BOMs, archived ones included. */
export const productBoms = graphql(`
  query productBoms($id: ID!) {
    node(id: $id) {
      ... on Product {
        sku replenishment
        bom { name kind }
        boms(includeArchived: true) { name isDefault archivedAt }
      }
    }
  }
`);

export const bomExplosion = graphql(`
  query bomExplosion($productId: ID, $bomId: ID, $quantity: Decimal, $locationId: ID) {
    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity, locationId: $locationId) {
      id
      product { sku }
      bom { id name }
      quantity
      nodes {
        id parentId level path kind quantityPerParent totalQuantity onHand available shortage
        component { id sku name }
      }
      requirements { component { sku } quantity onHand available shortage }
      cost {
        materialCostPerUnit materialCost setupMinutes runMinutesPerUnit operationMinutesPerUnit operationMinutes
      }
    }
  }
`);

/** The tree alone (no stock, no cost), compared node by node. */
export const bomExplosionTree = graphql(`
  query bomExplosionTree($productId: ID, $bomId: ID, $quantity: Decimal) {
    bomExplosion(productId: $productId, bomId: $bomId, quantity: $quantity) {
      bom { name }
      nodes { id parentId level path kind quantityPerParent totalQuantity component { sku } }
      requirements { component { sku } quantity }
    }
  }
`);

/** The location an explosion counted stock at, and the BOM each node was exploded by. */
export const bomExplosionBoms = graphql(`
  query bomExplosionBoms($productId: ID!, $locationId: ID) {
    bomExplosion(productId: $productId, locationId: $locationId) {
      location { name }
      nodes { bom { name kind } component { sku } }
    }
  }
`);

export const bomWhereUsed = graphql(`
  query bomWhereUsed($componentId: ID!) {
    bomWhereUsed(componentId: $componentId) {
      product { sku }
      bom { name }
      level
      path
      quantityPerUnit
    }
  }
`);

/** Nothing but authentication: the statements every request pays. */
export const typename = graphql(`
  query typename { __typename }
`);

/** Product.bom.lines.component... six levels deep. */
export const productBomSixLevels = graphql(`
  query productBomSixLevels($id: ID!) {
    node(id: $id) {
      ... on Product {
        sku
        bom { name lines { quantity component { sku bom { name lines { quantity component { sku } } } } } }
      }
    }
  }
`);

/** Product.bom.lines.component... twelve levels deep. */
export const productBomTwelveLevels = graphql(`
  query productBomTwelveLevels($id: ID!) {
    node(id: $id) {
      ... on Product {
        bom { lines { component {
          bom { lines { component {
            bom { lines { component {
              bom { lines { quantity component { sku } } }
            } } }
          } } }
        } } }
      }
    }
  }
`);

/** An explosion as a front-end page shows it: the figures of every node, for the client cache tests. */
export const bomExplosionFigures = graphql(`
  query bomExplosionFigures($productId: ID!, $quantity: Decimal) {
    bomExplosion(productId: $productId, quantity: $quantity) {
      id
      quantity
      nodes { id parentId totalQuantity shortage component { id sku } }
      cost { materialCost }
    }
  }
`);
