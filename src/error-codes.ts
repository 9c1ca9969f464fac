import { type ExecutionResult, GraphQLError } from "graphql";
import { isAsyncIterable, type Plugin } from "graphql-yoga";

/**
 * Every error a client gets names a code in `extensions.code`. Ours always do; graphql-js (a variable of the
 * wrong type, an unknown input field) and Pothos (a global id of another type) raise input errors without one:
 * those get BAD_USER_INPUT. Unexpected errors are left to the mask (INTERNAL_SERVER_ERROR).
 */
export function useInputErrorCodes(): Plugin {
  const tag = (result: ExecutionResult) => {
    for (const error of result.errors ?? []) {
      const caused = error.originalError;
      if (error.extensions.code === undefined && (!caused || caused instanceof GraphQLError)) {
        Object.assign(error.extensions, { code: "BAD_USER_INPUT" });
      }
    }
  };
  return {
    onExecute: () => ({
      onExecuteDone: ({ result }) => {
        if (!isAsyncIterable(result)) tag(result);
      },
    }),
    // A subscription refused before it starts (bad arguments) answers a result instead of a stream.
    onSubscribe: () => ({
      onSubscribeResult: ({ result }) => {
        if (!isAsyncIterable(result)) tag(result);
      },
    }),
  };
}
