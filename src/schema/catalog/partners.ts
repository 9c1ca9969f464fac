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
import { builder } from "../builder.ts";
import { payloadType } from "../payload.ts";
import { catalogConnection, catalogMutations, catalogQuery } from "./actions.ts";

/** Suppliers, customers and employees: the people and companies orders name. */

// ---------------------------------------------------------------- suppliers and customers

/** Suppliers and customers have the same shape: one definition serves both. */
function companyNode(name: "Supplier" | "Customer") {
  return builder.prismaNode(name, {
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
}

/** The create and update inputs of suppliers or customers (`records`: "suppliers" or "customers"). */
function companyInputs(names: { create: string; update: string }, records: string) {
  const nameRule = `Unique among ${records}, ignoring case; at most 200 characters.`;
  return {
    create: builder.inputType(names.create, {
      fields: (t) => ({
        name: t.string({ description: nameRule }),
        email: t.string({ required: false }),
        phone: t.string({ required: false, description: "At most 50 characters." }),
      }),
    }),
    update: builder.inputType(names.update, {
      description: "Only the fields given change; null clears email or phone.",
      fields: (t) => ({
        name: t.string({ required: false, description: nameRule }),
        email: t.string({ required: false }),
        phone: t.string({ required: false }),
      }),
    }),
  };
}

export const SupplierRef = companyNode("Supplier");
const supplierInputs = companyInputs(
  { create: "SupplierCreateInput", update: "SupplierUpdateInput" },
  "suppliers",
);

catalogMutations({
  ref: SupplierRef,
  payload: payloadType("SupplierPayload", "supplier", SupplierRef),
  permission: "PURCHASING",
  create: { name: "supplierCreate", input: supplierInputs.create, run: createSupplier },
  update: { name: "supplierUpdate", input: supplierInputs.update, run: updateSupplier },
  archive: { name: "supplierArchive", run: archiveSupplier },
});

export const CustomerRef = companyNode("Customer");
const customerInputs = companyInputs(
  { create: "CustomerCreateInput", update: "CustomerUpdateInput" },
  "customers",
);

catalogMutations({
  ref: CustomerRef,
  payload: payloadType("CustomerPayload", "customer", CustomerRef),
  permission: "SALES",
  create: { name: "customerCreate", input: customerInputs.create, run: createCustomer },
  update: { name: "customerUpdate", input: customerInputs.update, run: updateCustomer },
  archive: { name: "customerArchive", run: archiveCustomer },
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
  payload: payloadType("EmployeePayload", "employee", EmployeeRef),
  permission: "ADMIN",
  create: {
    name: "employeeCreate",
    input: builder.inputType("EmployeeCreateInput", {
      fields: (t) => ({
        name: t.string({ description: "At most 200 characters; two employees may share a name." }),
        email: t.string({ required: false, description: EMPLOYEE_EMAIL_RULE }),
      }),
    }),
    run: createEmployee,
  },
  update: {
    name: "employeeUpdate",
    input: builder.inputType("EmployeeUpdateInput", {
      description: "Only the fields given change; null clears the email.",
      fields: (t) => ({
        name: t.string({ required: false }),
        email: t.string({ required: false, description: EMPLOYEE_EMAIL_RULE }),
      }),
    }),
    run: updateEmployee,
  },
  archive: { name: "employeeArchive", run: archiveEmployee },
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
