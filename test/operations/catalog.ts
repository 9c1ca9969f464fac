import { graphql } from "../graphql/index.ts";

/** The catalog: products, locations and resources, suppliers, customers and employees. */

export const customerCreate = graphql(`
  mutation customerCreate($input: CustomerCreateInput!) {
    customerCreate(input: $input) { customer { id name email archivedAt } userErrors { code message field } }
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
      location { id name kind connectedWarehouse { name } }
      userErrors { code message field }
    }
  }
`);

export const locationUpdate = graphql(`
  mutation locationUpdate($id: ID!, $input: LocationUpdateInput!) {
    locationUpdate(id: $id, input: $input) { location { id name } userErrors { code message field } }
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
      product { id sku name unit cost barcodes replenishment }
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
    supplierCreate(input: $input) { supplier { id name phone } userErrors { code message field } }
  }
`);

export const supplierUpdate = graphql(`
  mutation supplierUpdate($id: ID!, $input: SupplierUpdateInput!) {
    supplierUpdate(id: $id, input: $input) { supplier { id name phone } userErrors { code message field } }
  }
`);

export const supplierArchive = graphql(`
  mutation supplierArchive($id: ID!) {
    supplierArchive(id: $id) { supplier { id archivedAt } userErrors { code message field } }
  }
`);
