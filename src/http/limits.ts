import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import { GraphQLError, type ValidationContext, validate } from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
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
    useCostLimit(limits.maxCost),
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

/**
 * Refuses a request whose cost (src/schema/cost.ts: the fields' costs, pages counted at the size asked for) is over
 * the limit, naming both. Computed after validation and outside yoga's validation cache, since the same document
 * costs what its variables ask for (`first: $first`).
 */
function useCostLimit(maxCost: number): Plugin<{ params?: GraphQLParams }> {
  return {
    onValidate({ context, params: { schema, documentAST } }) {
      return ({ valid, result, setResult }) => {
        if (!valid) return;
        const rule = createComplexityRule({
          context: {},
          variableValues: context.params?.variables ?? {},
          operationName: context.params?.operationName,
          validate: ({ complexity }, report) => {
            if (complexity > maxCost) report(tooCostly(complexity, maxCost));
          },
        });
        // Only the cost's refusal: variables that do not fit the operation are execution's to report.
        const refusals = validate(schema, documentAST, [rule]).filter(
          (error) => error.extensions.code === "QUERY_TOO_COSTLY",
        );
        if (refusals.length > 0) setResult([...result, ...refusals]);
      };
    },
  };
}

function tooCostly(cost: number, maxCost: number): GraphQLError {
  return new GraphQLError(
    `The query costs ${cost}; the limit is ${maxCost}. Ask for smaller pages (first/last) or fewer nested lists.`,
    // Refused as validation refuses: yoga's own marking of validation errors (400) ran before this check.
    { extensions: { code: "QUERY_TOO_COSTLY", cost, maxCost, http: { spec: true, status: 400 } } },
  );
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
