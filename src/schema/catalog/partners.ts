import {
  archiveCustomer,
  archiveEmployee,
  archiveSupplier,
  createCustomer,
  createEmployee,
  createSupplier,
  updateCustomer,
  updateEmployee,
  updateSupplier,
} from "../../domain/catalog/partners.ts";
import type { Permission } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { catalogConnection, catalogMutations, catalogQuery } from "./actions.ts";

/** Suppliers, customers and employees: the people and companies orders name. */

// ---------------------------------------------------------------- suppliers and customers

/** Suppliers and customers have the same shape: one definition serves both. */
function companyType(name: "Supplier" | "Customer", permission: Permission, actions: CompanyActions) {
  const ref = builder.prismaNode(name, {
    id: { field: "id" },
    nullable: true,
    authScopes: { authenticated: true },
    fields: (t) => ({
      name: t.exposeString("name"),
      email: t.exposeString("email", { nullable: true }),
      phone: t.exposeString("phone", { nullable: true }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    }),
  });
  const nameRule = `Unique among ${name.toLowerCase()}s, ignoring case; at most 200 characters.`;
  const createInput = builder.inputType(`${name}CreateInput`, {
    fields: (t) => ({
      name: t.string({ description: nameRule }),
      email: t.string({ required: false }),
      phone: t.string({ required: false, description: "At most 50 characters." }),
    }),
  });
  const updateInput = builder.inputType(`${name}UpdateInput`, {
    description: "Only the fields given change; null clears email or phone.",
    fields: (t) => ({
      name: t.string({ required: false, description: nameRule }),
      email: t.string({ required: false }),
      phone: t.string({ required: false }),
    }),
  });
  catalogMutations({ ref, permission, createInput, updateInput, actions });
  return ref;
}

interface CompanyActions {
  create: typeof createSupplier;
  update: typeof updateSupplier;
  archive: typeof archiveSupplier;
}

export const SupplierRef = companyType("Supplier", "PURCHASING", {
  create: createSupplier,
  update: updateSupplier,
  archive: archiveSupplier,
});

export const CustomerRef = companyType("Customer", "SALES", {
  create: createCustomer,
  update: updateCustomer,
  archive: archiveCustomer,
});

// ---------------------------------------------------------------- employees

export const EmployeeRef = builder.prismaNode("Employee", {
  id: { field: "id" },
  nullable: true,
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString("name"),
    email: t.exposeString("email", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});

const EMPLOYEE_EMAIL_RULE = "Optional; when given, unique among employees, ignoring case.";

catalogMutations({
  ref: EmployeeRef,
  permission: "ADMIN",
  createInput: builder.inputType("EmployeeCreateInput", {
    fields: (t) => ({
      name: t.string({ description: "At most 200 characters; two employees may share a name." }),
      email: t.string({ required: false, description: EMPLOYEE_EMAIL_RULE }),
    }),
  }),
  updateInput: builder.inputType("EmployeeUpdateInput", {
    description: "Only the fields given change; null clears the email.",
    fields: (t) => ({
      name: t.string({ required: false }),
      email: t.string({ required: false, description: EMPLOYEE_EMAIL_RULE }),
    }),
  }),
  actions: { create: createEmployee, update: updateEmployee, archive: archiveEmployee },
});

// ---------------------------------------------------------------- lists

builder.queryFields((t) => ({
  suppliers: t.prismaConnection({
    ...catalogConnection,
    type: "Supplier",
    description: "Suppliers by name.",
    resolve: (query, _root, args, context) => context.db.prisma.supplier.findMany(catalogQuery(query, args)),
  }),
  customers: t.prismaConnection({
    ...catalogConnection,
    type: "Customer",
    description: "Customers by name.",
    resolve: (query, _root, args, context) => context.db.prisma.customer.findMany(catalogQuery(query, args)),
  }),
  employees: t.prismaConnection({
    ...catalogConnection,
    type: "Employee",
    description: "Employees by name.",
    resolve: (query, _root, args, context) => context.db.prisma.employee.findMany(catalogQuery(query, args)),
  }),
}));
