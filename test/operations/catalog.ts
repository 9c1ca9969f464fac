import { graphql } from "../graphql/index.ts";

/** The catalog: products, locations and resources, suppliers, customers and employees. */

export const customerCreate = graphql(`
  mutation customerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) {
      customer { id name email phone archivedAt }
      userErrors { code message field } }
  }
`);

export const customerUpdate = graphql(`
  mutation customerUpdate($id: ID!, $input: CustomerUpdateInput!) {
    customerUpdate(id: $id, input: $input) { customer { id name email } userErrors { code message field } }
  }
`);

export const customerArchive = graphql(`
  mutation customerArchive($id: ID!) {
    customerArchive(id: $id) { customer { id archivedAt } userErrors { code message field } }
  }
`);

export const employeeCreate = graphql(`
  mutation employeeCreate($input: EmployeeCreateInput!) {
    employeeCreate(input: $input) { employee { id name email } userErrors { code message field } }
  }
`);

export const employeeUpdate = graphql(`
  mutation employeeUpdate($id: ID!, $input: EmployeeUpdateInput!) {
    employeeUpdate(id: $id, input: $input) { employee { id name email } userErrors { code message field } }
  }
`);

export const employeeArchive = graphql(`
  mutation employeeArchive($id: ID!) {
    employeeArchive(id: $id) { employee { id archivedAt } userErrors { code message field } }
  }
`);

export const locationCreate = graphql(`
  mutation locationCreate($input: LocationCreateInput!) {
    locationCreate(input: $input) {
      location { id name code kind timeZone connectedWarehouse { name } }
      userErrors { code message field }
    }
  }
`);

export const locationUpdate = graphql(`
  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {
    locationUpdate(id: $id, input: $input) {
      location { id name code kind timeZone connectedWarehouse { name } }
      userErrors { code message field }
    }
  }
`);

export const locationArchive = graphql(`
  mutation locationArchive($id: ID!) {
    locationArchive(id: $id) { location { id archivedAt } userErrors { code message field } }
  }
`);

export const productCreate = graphql(`
  mutation productCreate($input: ProductCreateInput!) {
    productCreate(input: $input) {
      product { id sku name unit cost barcodes replenishment maxBatchSize }
      userErrors { code message field }
    }
  }
`);

export const productUpdate = graphql(`
  mutation productUpdate($id: ID!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, input: $input) {
      product { id sku name cost updatedAt }
      userErrors { code message field }
    }
  }
`);

export const productArchive = graphql(`
  mutation productArchive($id: ID!) {
    productArchive(id: $id) { product { id archivedAt } userErrors { code message field } }
  }
`);

export const resourceCreate = graphql(`
  mutation resourceCreate($input: ResourceCreateInput!) {
    resourceCreate(input: $input) { resource { id name capacityMinutesPerDay } userErrors { code message field } }
  }
`);

export const resourceUpdate = graphql(`
  mutation resourceUpdate($id: ID!, $input: ResourceUpdateInput!) {
    resourceUpdate(id: $id, input: $input) {
      resource { id name capacityMinutesPerDay }
      userErrors { code message field }
    }
  }
`);

export const resourceArchive = graphql(`
  mutation resourceArchive($id: ID!) {
    resourceArchive(id: $id) { resource { id archivedAt } userErrors { code message field } }
  }
`);

export const supplierCreate = graphql(`
  mutation supplierCreate($input: SupplierCreateInput!) {
    supplierCreate(input: $input) {
      supplier { id name email phone archivedAt }
      userErrors { code message field } }
  }
`);

export const supplierUpdate = graphql(`
  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {
    supplierUpdate(id: $id, input: $input) { supplier { id name email phone } userErrors { code message field } }
  }
`);

export const supplierArchive = graphql(`
  mutation supplierArchive($id: ID!) {
    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }
  }
`);

/** The batch size and name alone, compared whole. */
export const productUpdateBatchSize = graphql(`
  mutation productUpdateBatchSize($id: ID!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, input: $input) {
      product { maxBatchSize name }
      userErrors { code message field }
    }
  }
`);

export const products = graphql(`
  query products($search: String, $first: Int, $after: String) {
    products(search: $search, first: $first, after: $after) {
      edges { node { sku barcodes primarySupplier { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** Products by their effective replenishment. */
export const productsByReplenishment = graphql(`
  query productsByReplenishment($replenishment: Replenishment, $search: String) {
    products(replenishment: $replenishment, search: $search, first: 50) { edges { node { sku replenishment } } }
  }
`);

export const productByBarcode = graphql(`
  query productByBarcode($code: String!) {
    productByBarcode(code: $code) { sku name }
  }
`);

/** What a scanner app shows of a scanned product: its relations too. */
export const productByBarcodeForTheFloor = graphql(`
  query productByBarcodeForTheFloor($code: String!) {
    productByBarcode(code: $code) { sku barcodes stockLevels { location { name } onHand } }
  }
`);

/** Any node by its global id; a product shows its SKU. */
export const node = graphql(`
  query node($id: ID!) {
    node(id: $id) { __typename ... on Product { sku } }
  }
`);

export const suppliers = graphql(`
  query suppliers($search: String, $includeArchived: Boolean, $first: Int, $after: String) {
    suppliers(search: $search, includeArchived: $includeArchived, first: $first, after: $after) {
      edges { node { name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const customers = graphql(`
  query customers($search: String, $includeArchived: Boolean) {
    customers(search: $search, includeArchived: $includeArchived) { edges { node { name } } }
  }
`);

export const employees = graphql(`
  query employees($search: String) {
    employees(search: $search) { edges { node { name email } } }
  }
`);

export const locations = graphql(`
  query locations($kind: LocationKind, $search: String, $includeArchived: Boolean) {
    locations(kind: $kind, search: $search, includeArchived: $includeArchived) {
      edges { node { name kind connectedWarehouse { name } connectedShopFloors { name } } }
    }
  }
`);

export const resources = graphql(`
  query resources($search: String, $includeArchived: Boolean) {
    resources(search: $search, includeArchived: $includeArchived) {
      edges { node { name capacityMinutesPerDay } }
    }
  }
`);

/** A product list page: sorted as asked, counted. */
export const productsPage = graphql(`
  query productsPage($first: Int, $after: String, $orderBy: ProductSort) {
    products(first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      edges { cursor node { id sku name } }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

/** A product's new name, answered with what a list page shows of it. */
export const productRename = graphql(`
  mutation productRename($id: ID!, $input: ProductUpdateInput!) {
    productUpdate(id: $id, input: $input) {
      product { id sku name }
      userErrors { code message field }
    }
  }
`);

export const productSearch = graphql(`
  query productSearch($search: String, $first: Int) {
    products(search: $search, first: $first) { totalCount edges { node { sku } } }
  }
`);
