import { z } from "zod";
import { builder } from "./builder.ts";

/** Suppliers, customers and employees: the people and companies orders name. */

export const SupplierRef = builder.prismaNode("Supplier", {
  id: { field: "id" },
  fields: (t) => ({
    name: t.exposeString("name"),
    email: t.exposeString("email", { nullable: true }),
    phone: t.exposeString("phone", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});
void z;
