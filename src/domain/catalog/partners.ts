import { z } from "zod";
import { EventType } from "../events.ts";
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
  events: {
    created: EventType.SUPPLIER_CREATED,
    updated: EventType.SUPPLIER_UPDATED,
    archived: EventType.SUPPLIER_ARCHIVED,
  },
  label: "supplier",
  table: (tx) => tx.supplier,
});

const customers = catalogActions({
  ...companyRules,
  entityType: "Customer",
  events: {
    created: EventType.CUSTOMER_CREATED,
    updated: EventType.CUSTOMER_UPDATED,
    archived: EventType.CUSTOMER_ARCHIVED,
  },
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
  events: {
    created: EventType.EMPLOYEE_CREATED,
    updated: EventType.EMPLOYEE_UPDATED,
    archived: EventType.EMPLOYEE_ARCHIVED,
  },
  label: "employee",
  table: (tx) => tx.employee,
  unique: "email",
  createInput: employeeCreateInput,
  updateInput: employeeUpdateInput,
});
