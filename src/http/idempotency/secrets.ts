import {
  type ExecutionArgs,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  getNamedType,
  isInterfaceType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/** Values never stored for a replay (which answers null instead): the database keeps API keys only hashed. */
const SECRET_FIELDS = new Set(["ApiKeyCreatePayload.secret"]);

/** Nulls the SECRET_FIELDS of `data` (a JSON copy of the result), following the operation's selections. */
export function withoutSecrets(args: ExecutionArgs, operation: OperationDefinitionNode, data: unknown): void {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of args.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk = (type: GraphQLNamedType | undefined, selectionSet: SelectionSetNode, value: unknown): void => {
    if (value === null || typeof value !== "object" || !type) return;
    if (Array.isArray(value)) {
      for (const item of value) walk(type, selectionSet, item);
      return;
    }
    const object = value as Record<string, unknown>;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        if (!(key in object)) continue;
        if (SECRET_FIELDS.has(`${type.name}.${selection.name.value}`)) object[key] = null;
        else if (selection.selectionSet && (isObjectType(type) || isInterfaceType(type))) {
          const field = type.getFields()[selection.name.value];
          if (field) walk(getNamedType(field.type), selection.selectionSet, object[key]);
        }
      } else {
        const fragment =
          selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
        if (!fragment) continue;
        const condition = fragment.typeCondition
          ? args.schema.getType(fragment.typeCondition.name.value)
          : type;
        walk(condition, fragment.selectionSet, object);
      }
    }
  };
  walk(args.schema.getMutationType() ?? undefined, operation.selectionSet, data);
}
