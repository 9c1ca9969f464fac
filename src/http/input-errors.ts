import {
  type ArgumentNode,
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  Kind,
  type ValueNode,
  visit,
} from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/**
 * Every error a client gets names a code in `extensions.code`. Ours always do; graphql-js (a variable of the
 * wrong type, an unknown input field) and Pothos raise input errors without one: those get BAD_USER_INPUT.
 * Unexpected errors are left to the mask (INTERNAL_SERVER_ERROR, masked-errors.ts).
 *
 * A variable refused while it was coerced (a Decimal " 1 ", a DateTime 2026-02-30, a JSON too deep) also gets
 * `extensions.field`: the path of the input at fault from the field's arguments, as userErrors and the edge
 * checks (src/schema/input-checks.ts) name it. graphql-js names only the variable's own path in its message.
 */
export function useInputErrorCodeAndField(): Plugin {
  const tag = (result: ExecutionResult, document: DocumentNode) => {
    for (const error of result.errors ?? []) {
      const caused = error.originalError;
      if (error.extensions.code === undefined && (!caused || caused instanceof GraphQLError)) {
        Object.assign(error.extensions, { code: "BAD_USER_INPUT" });
      }
      if (error.extensions.code === "BAD_USER_INPUT" && error.extensions.field === undefined) {
        const field = variableErrorField(error.message, document);
        if (field) Object.assign(error.extensions, { field });
      }
    }
  };
  return {
    onExecute: ({ args }) => ({
      onExecuteDone: ({ result }) => {
        if (!isAsyncIterable(result)) tag(result, args.document);
      },
    }),
    // A subscription refused before it starts (bad arguments) answers a result instead of a stream.
    onSubscribe: ({ args }) => ({
      onSubscribeResult: ({ result }) => {
        if (!isAsyncIterable(result)) tag(result, args.document);
      },
    }),
  };
}

const NAME = "[_A-Za-z][_0-9A-Za-z]*";

/**
 * The argument path of a variable error ('Variable "$input" got invalid value " 1 " at "input.lines[0].quantity";
 * ...'): where the variable is used as (part of) an argument, plus the path inside the variable.
 */
function variableErrorField(message: string, document: DocumentNode): string[] | null {
  const variable = new RegExp(`^Variable "\\$(${NAME})"`).exec(message)?.[1];
  if (!variable) return null;
  const inside = new RegExp(` at "${variable}((?:\\.${NAME}|\\[\\d+\\])*)"; `).exec(message)?.[1] ?? "";
  const within = [...inside.matchAll(new RegExp(`\\.(${NAME})|\\[(\\d+)\\]`, "g"))].map(
    (part) => (part[1] ?? part[2]) as string,
  );
  const usage = argumentPathOf(variable, document);
  return usage ? [...usage, ...within] : null;
}

/** Where `$variable` is used in the document: an argument's name and the path to it inside the argument. */
function argumentPathOf(variable: string, document: DocumentNode): string[] | null {
  let found: string[] | null = null;
  visit(document, {
    Argument(node: ArgumentNode) {
      found ??= pathTo(variable, node.value, [node.name.value]);
    },
  });
  return found;
}

function pathTo(variable: string, value: ValueNode, path: string[]): string[] | null {
  if (value.kind === Kind.VARIABLE) return value.name.value === variable ? path : null;
  if (value.kind === Kind.OBJECT) {
    for (const field of value.fields) {
      const found = pathTo(variable, field.value, [...path, field.name.value]);
      if (found) return found;
    }
  }
  if (value.kind === Kind.LIST) {
    for (const [index, item] of value.values.entries()) {
      const found = pathTo(variable, item, [...path, String(index)]);
      if (found) return found;
    }
  }
  return null;
}
