import { LocationKind } from "../generated/prisma/enums.ts";
import { builder } from "./builder.ts";

export const LocationKindEnum = builder.enumType(LocationKind, {
  name: "LocationKind",
  description: "A WAREHOUSE stores stock; a SHOP_FLOOR produces and draws components from its connected warehouse.",
});

export const LocationRef = builder.prismaNode("Location", {
  id: { field: "id" },
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: LocationKindEnum }),
    connectedWarehouse: t.relation("connectedWarehouse", {
      nullable: true,
      description: "For a shop floor: the warehouse components are transferred from.",
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});

export const ResourceRef = builder.prismaNode("Resource", {
  id: { field: "id" },
  description: "A work centre; operations of production BOMs run on it.",
  fields: (t) => ({
    name: t.exposeString("name"),
    capacityMinutesPerDay: t.exposeInt("capacityMinutesPerDay"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});
