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
import { nodeOptions } from "../nodes.ts";
import { payloadType } from "../payload.ts";
import { catalogConnection, catalogMutations, catalogQuery, catalogWhere } from "./actions.ts";

/** Suppliers, customers and employees: the people and companies orders name. */

// ---------------------------------------------------------------- suppliers and customers

/** What tells suppliers and customers apart: their names in the schema, their permission and domain actions. */
interface Company {
  type: "Supplier" | "Customer";
  permission: Permission;
  types: { payload: string; createInput: string; updateInput: string };
  fields: { result: string; create: string; update: string; archive: string };
  actions: { create: typeof createSupplier; update: typeof updateSupplier; archive: typeof archiveSupplier };
}

/** Suppliers and customers have the same shape: one definition serves both. */
function companyType({ type, permission, types, fields, actions }: Company) {
  const ref = builder.prismaNode(type, {
    ...nodeOptions,
    fields: (t) => ({
      name: t.exposeString("name"),
      email: t.exposeString("email", { nullable: true }),
      phone: t.exposeString("phone", { nullable: true }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
      archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
    }),
  });
  const nameRule = `Unique among ${type.toLowerCase()}s, ignoring case; at most 200 characters.`;
  catalogMutations({
    ref,
    payload: payloadType(types.payload, fields.result, ref),
    permission,
    create: {
      name: fields.create,
      input: builder.inputType(types.createInput, {
        fields: (t) => ({
          name: t.string({ description: nameRule }),
          email: t.string({ required: false }),
          phone: t.string({ required: false, description: "At most 50 characters." }),
        }),
      }),
      run: actions.create,
    },
    update: {
      name: fields.update,
      input: builder.inputType(types.updateInput, {
        description: "Only the fields given change; null clears email or phone.",
        fields: (t) => ({
          name: t.string({ required: false, description: nameRule }),
          email: t.string({ required: false }),
          phone: t.string({ required: false }),
        }),
      }),
      run: actions.update,
    },
    archive: { name: fields.archive, run: actions.archive },
  });
  return ref;
}

export const SupplierRef = companyType({
  type: "Supplier",
  permission: "PURCHASING",
  types: {
    payload: "SupplierPayload",
    createInput: "SupplierCreateInput",
    updateInput: "SupplierUpdateInput",
  },
  fields: {
    result: "supplier",
    create: "supplierCreate",
    update: "supplierUpdate",
    archive: "supplierArchive",
  },
  actions: { create: createSupplier, update: updateSupplier, archive: archiveSupplier },
});

export const CustomerRef = companyType({
  type: "Customer",
  permission: "SALES",
  types: {
    payload: "CustomerPayload",
    createInput: "CustomerCreateInput",
    updateInput: "CustomerUpdateInput",
  },
  fields: {
    result: "customer",
    create: "customerCreate",
    update: "customerUpdate",
    archive: "customerArchive",
  },
  actions: { create: createCustomer, update: updateCustomer, archive: archiveCustomer },
});

// ---------------------------------------------------------------- employees

export const EmployeeRef = builder.prismaNode("Employee", {
  ...nodeOptions,
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
  suppliers: t.prismaConnection(
    {
      ...catalogConnection,
      type: "Supplier",
      description: "Suppliers by name.",
      resolve: (query, _root, args, context) =>
        context.db.prisma.supplier.findMany(catalogQuery(query, args)),
      totalCount: (_parent, args, context) => context.db.prisma.supplier.count({ where: catalogWhere(args) }),
    },
    { name: "SupplierConnection" },
    { name: "SupplierEdge" },
  ),
  customers: t.prismaConnection(
    {
      ...catalogConnection,
      type: "Customer",
      description: "Customers by name.",
      resolve: (query, _root, args, context) =>
        context.db.prisma.customer.findMany(catalogQuery(query, args)),
      totalCount: (_parent, args, context) => context.db.prisma.customer.count({ where: catalogWhere(args) }),
    },
    { name: "CustomerConnection" },
    { name: "CustomerEdge" },
  ),
  employees: t.prismaConnection(
    {
      ...catalogConnection,
      type: "Employee",
      description: "Employees by name.",
      resolve: (query, _root, args, context) =>
        context.db.prisma.employee.findMany(catalogQuery(query, args)),
      totalCount: (_parent, args, context) => context.db.prisma.employee.count({ where: catalogWhere(args) }),
    },
    { name: "EmployeeConnection" },
    { name: "EmployeeEdge" },
  ),
}));
