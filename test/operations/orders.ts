import { graphql } from "../graphql/index.ts";

/** Production orders, their trees and their schedule. */

graphql(`
  fragment ProductionOrderFields on ProductionOrder {
    id
    number
    status
    version
    lines { quantity producedQuantity }
    components { id requiredQuantity allocatedQuantity consumedQuantity product { sku } }
  }
`);

export const productionOrderCreate = graphql(`
  mutation productionOrderCreate($input: ProductionOrderCreateInput!) {
    productionOrderCreate(input: $input) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderCreateFromBom = graphql(`
  mutation productionOrderCreateFromBom($input: ProductionOrderCreateFromBomInput!) {
    productionOrderCreateFromBom(input: $input) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderAuthorize = graphql(`
  mutation productionOrderAuthorize($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {
    productionOrderAuthorize(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

/** The events an authorization wrote, read back in its own payload. */
export const productionOrderAuthorizeWithEvents = graphql(`
  mutation productionOrderAuthorizeWithEvents($id: ID!) {
    productionOrderAuthorize(id: $id) {
      productionOrder { status events { type beforeStatus afterStatus } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderRelease = graphql(`
  mutation productionOrderRelease($id: ID!, $expectedVersion: Int, $planChoice: PlanChoice) {
    productionOrderRelease(id: $id, expectedVersion: $expectedVersion, planChoice: $planChoice) {
      productionOrder { ...ProductionOrderFields }
      unorderedComponents { quantity product { sku } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderStart = graphql(`
  mutation productionOrderStart($id: ID!, $expectedVersion: Int) {
    productionOrderStart(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderComplete = graphql(`
  mutation productionOrderComplete($id: ID!, $consumption: [ProductionOrderConsumptionInput!], $expectedVersion: Int) {
    productionOrderComplete(id: $id, consumption: $consumption, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderUndo = graphql(`
  mutation productionOrderUndo($id: ID!, $expectedVersion: Int) {
    productionOrderUndo(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderVoid = graphql(`
  mutation productionOrderVoid($id: ID!, $expectedVersion: Int) {
    productionOrderVoid(id: $id, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderComponentUpdate = graphql(`
  mutation productionOrderComponentUpdate($id: ID!, $requiredQuantity: Decimal!, $expectedVersion: Int) {
    productionOrderComponentUpdate(id: $id, requiredQuantity: $requiredQuantity, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields }
      userErrors { code message field }
    }
  }
`);

export const productionOrderRecordWaste = graphql(`
  mutation productionOrderRecordWaste($id: ID!, $input: ProductionOrderWasteInput!, $expectedVersion: Int) {
    productionOrderRecordWaste(id: $id, input: $input, expectedVersion: $expectedVersion) {
      productionOrder { ...ProductionOrderFields waste { type movements { quantity } } }
      userErrors { code message field }
    }
  }
`);

export const productionOrderCreatePurchaseOrders = graphql(`
  mutation productionOrderCreatePurchaseOrders($productionOrderId: ID!, $components: [ID!], $locationId: ID) {
    productionOrderCreatePurchaseOrders(productionOrderId: $productionOrderId, components: $components, locationId: $locationId) {
      purchaseOrders { ...PurchaseOrderFields }
      componentsWithoutSupplier { sku }
      userErrors { code message field }
    }
  }
`);
