import {
  archiveLocation,
  archiveResource,
  createLocation,
  createResource,
  MAX_LOCATION_CODE_LENGTH,
  updateLocation,
  updateResource,
} from "../../domain/catalog/locations.ts";
import { LocationKind } from "../../generated/prisma/enums.ts";
import { builder } from "../builder.ts";
import { nodeOptions } from "../nodes.ts";
import { payloadType } from "../payload.ts";
import {
  catalogConnection,
  catalogListArgs,
  catalogMutations,
  catalogOrder,
  catalogQuery,
  catalogWhere,
} from "./actions.ts";

export const LocationKindEnum = builder.enumType(LocationKind, {
  name: "LocationKind",
  description:
    "A WAREHOUSE stores stock; a SHOP_FLOOR produces and draws components from its connected warehouse.",
});

export const LocationRef = builder.prismaNode("Location", {
  ...nodeOptions,
  fields: (t) => ({
    name: t.exposeString("name"),
    code: t.exposeString("code", {
      nullable: true,
      description: "The code printed on its label: `scan` finds the location by it.",
    }),
    kind: t.expose("kind", { type: LocationKindEnum }),
    timeZone: t.string({
      description:
        "The IANA time zone of its calendar days (the scheduler board's): its own, else the server's TIME_ZONE.",
      select: { timeZone: true },
      resolve: (location, _args, context) => location.timeZone ?? context.timeZone,
    }),
    connectedWarehouse: t.relation("connectedWarehouse", {
      nullable: true,
      description: "For a shop floor: the warehouse components are transferred from.",
    }),
    connectedShopFloors: t.relation("connectedShopFloors", {
      description: "For a warehouse: the active shop floors that draw from it, by name.",
      query: { where: { archivedAt: null }, orderBy: catalogOrder },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});

export const ResourceRef = builder.prismaNode("Resource", {
  ...nodeOptions,
  description: "A work centre; operations of production BOMs run on it.",
  fields: (t) => ({
    name: t.exposeString("name"),
    capacityMinutesPerDay: t.exposeInt("capacityMinutesPerDay"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    archivedAt: t.expose("archivedAt", { type: "DateTime", nullable: true }),
  }),
});

const NAME_RULE = "Unique, ignoring case; at most 200 characters.";
const CODE_RULE =
  `The code printed on its label: unique ignoring case (archived locations keep theirs); 1 to ` +
  `${MAX_LOCATION_CODE_LENGTH} letters, digits and . _ - /, starting with a letter or digit.`;
const CONNECTED_WAREHOUSE_RULE =
  "Shop floors only: an active warehouse components are transferred from. Null disconnects it.";
const TIME_ZONE_RULE =
  'An IANA time zone ("America/Chicago"): its calendar days are the scheduler board\'s. Default: the ' +
  "server's TIME_ZONE.";
const CAPACITY_RULE = "Whole minutes of work per day, 1 to 1440.";

catalogMutations({
  ref: LocationRef,
  payload: payloadType("LocationPayload", "location", LocationRef),
  permission: "ADMIN",
  create: {
    name: "locationCreate",
    input: builder.inputType("LocationCreateInput", {
      fields: (t) => ({
        name: t.string({ description: NAME_RULE }),
        code: t.string({ required: false, description: CODE_RULE }),
        kind: t.field({ type: LocationKindEnum, description: "Fixed once the location exists." }),
        connectedWarehouseId: t.rowID({
          for: LocationRef,
          required: false,
          description: CONNECTED_WAREHOUSE_RULE,
        }),
        timeZone: t.string({ required: false, description: TIME_ZONE_RULE }),
      }),
    }),
    run: createLocation,
  },
  update: {
    name: "locationUpdate",
    input: builder.inputType("LocationUpdateInput", {
      description: "Only the fields given change. The kind cannot change.",
      fields: (t) => ({
        name: t.string({ required: false, description: NAME_RULE }),
        code: t.string({ required: false, description: `${CODE_RULE} Null clears it.` }),
        connectedWarehouseId: t.rowID({
          for: LocationRef,
          required: false,
          description: CONNECTED_WAREHOUSE_RULE,
        }),
        timeZone: t.string({ required: false, description: `${TIME_ZONE_RULE} Null: the server's again.` }),
      }),
    }),
    run: updateLocation,
  },
  archive: { name: "locationArchive", run: archiveLocation },
});

catalogMutations({
  ref: ResourceRef,
  payload: payloadType("ResourcePayload", "resource", ResourceRef),
  permission: "ADMIN",
  create: {
    name: "resourceCreate",
    input: builder.inputType("ResourceCreateInput", {
      fields: (t) => ({
        name: t.string({ description: NAME_RULE }),
        capacityMinutesPerDay: t.int({ description: CAPACITY_RULE }),
      }),
    }),
    run: createResource,
  },
  update: {
    name: "resourceUpdate",
    input: builder.inputType("ResourceUpdateInput", {
      description: "Only the fields given change.",
      fields: (t) => ({
        name: t.string({ required: false, description: NAME_RULE }),
        capacityMinutesPerDay: t.int({ required: false, description: CAPACITY_RULE }),
      }),
    }),
    run: updateResource,
  },
  archive: { name: "resourceArchive", run: archiveResource },
});

/** The `kind` filter of `locations`: none when absent. */
const ofKind = (kind: LocationKind | null | undefined) => (kind ? { kind } : {});

builder.queryFields((t) => ({
  locations: t.prismaConnection(
    {
      ...catalogConnection,
      type: "Location",
      description: "Locations by name; `kind` keeps only warehouses or only shop floors.",
      args: { ...catalogListArgs, kind: t.arg({ type: LocationKindEnum, required: false }) },
      resolve: (query, _root, args, context) =>
        context.db.prisma.location.findMany(catalogQuery(query, args, ofKind(args.kind))),
      totalCount: (_parent, args, context) =>
        context.db.prisma.location.count({ where: catalogWhere(args, ofKind(args.kind)) }),
    },
    { name: "LocationConnection" },
    { name: "LocationEdge" },
  ),
  resources: t.prismaConnection(
    {
      ...catalogConnection,
      type: "Resource",
      description: "Resources (work centres) by name.",
      resolve: (query, _root, args, context) =>
        context.db.prisma.resource.findMany(catalogQuery(query, args)),
      totalCount: (_parent, args, context) => context.db.prisma.resource.count({ where: catalogWhere(args) }),
    },
    { name: "ResourceConnection" },
    { name: "ResourceEdge" },
  ),
}));
