import { costLimitPlugin } from "@escape.tech/graphql-armor-cost-limit";
import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { GraphQLError, type ValidationContext } from "graphql";
import type { Plugin } from "graphql-yoga";
import type { Limits } from "../config.ts";

/**
 * GraphQL Armor's limits, refusing abusive documents while they are parsed and validated: nothing runs. The
 * request body limit is yoga's `maxRequestBodySize` (app.ts).
 */
export function limitPlugins(limits: Limits): Plugin[] {
  return [
    useMaxQueryLength(limits.maxQueryLength),
    // Counted while lexing: a huge document stops at the first token over the limit.
    maxTokensPlugin({ n: limits.maxTokens }),
    maxDepthPlugin({ n: limits.maxDepth, ...asValidationError("QUERY_TOO_DEEP") }),
    maxAliasesPlugin({ n: limits.maxAliases, ...asValidationError("TOO_MANY_ALIASES") }),
    maxDirectivesPlugin({ n: limits.maxDirectives, ...asValidationError("TOO_MANY_DIRECTIVES") }),
    costLimitPlugin({ maxCost: limits.maxCost, ...asValidationError("QUERY_TOO_COSTLY") }),
  ];
}

/**
 * Armor throws its errors out of validation by default, prefixed "Syntax Error:". Reported as ordinary
 * validation errors instead, with a code, they reach the client as every other invalid document does (400).
 */
function asValidationError(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(
          new GraphQLError(error.message.replace(/^Syntax Error: /, ""), { extensions: { code } }),
        );
      },
    ],
  };
}

/** Refuses an over-long document before it is even lexed (over HTTP and graphql-ws alike). */
function useMaxQueryLength(maxLength: number): Plugin {
  return {
    onParse({ params }) {
      const length = typeof params.source === "string" ? params.source.length : params.source.body.length;
      if (length > maxLength) {
        throw new GraphQLError(
          `The query document is ${length} characters long; the limit is ${maxLength}. Send variables for data.`,
          { extensions: { code: "QUERY_TOO_LARGE", http: { status: 413 } } },
        );
      }
    },
  };
}
