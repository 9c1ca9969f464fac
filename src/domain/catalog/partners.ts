import { z } from "zod";
import { email, optionalText, requiredText } from "../validation.ts";
import { catalogActions } from "./actions.ts";

/** Suppliers, customers and employees. */

// ---------------------------------------------------------------- suppliers and customers

/** Suppliers and customers are companies of the same shape: one set of rules serves both. */
export const companyCreateInput = z.object({
  name: requiredText(200),
  email,
  phone: optionalText(50),
});

/** Every field optional: absent leaves the value as it is; null clears email or phone. */
export const companyUpdateInput = companyCreateInput.partial();

const companyRules = {
  unique: "name",
  createInput: companyCreateInput,
  updateInput: companyUpdateInput,
} as const;

const suppliers = catalogActions({
  ...companyRules,
  entityType: "Supplier",
  label: "supplier",
  table: (tx) => tx.supplier,
});

const customers = catalogActions({
  ...companyRules,
  entityType: "Customer",
  label: "customer",
  table: (tx) => tx.customer,
});

export const { create: createSupplier, update: updateSupplier, archive: archiveSupplier } = suppliers;
export const { create: createCustomer, update: updateCustomer, archive: archiveCustomer } = customers;

// ---------------------------------------------------------------- employees

/** Names may repeat (two people can share one); an email, when given, belongs to one employee. */
export const employeeCreateInput = z.object({
  name: requiredText(200),
  email,
});

export const employeeUpdateInput = employeeCreateInput.partial();

export const {
  create: createEmployee,
  update: updateEmployee,
  archive: archiveEmployee,
} = catalogActions({
  entityType: "Employee",
  label: "employee",
  table: (tx) => tx.employee,
  unique: "email",
  createInput: employeeCreateInput,
  updateInput: employeeUpdateInput,
});
