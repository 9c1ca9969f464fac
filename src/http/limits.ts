import { maxAliasesPlugin } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthPlugin } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesPlugin } from "@escape.tech/graphql-armor-max-directives";
import { maxTokensPlugin } from "@escape.tech/graphql-armor-max-tokens";
import { createComplexityRule } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type ValidationContext,
  validate,
  visit,
} from "graphql";
import type { GraphQLParams, Plugin } from "graphql-yoga";
import type { Limits } from "../config.ts";
import { PAGE_SIZE_ARGUMENTS } from "../schema/cost.ts";

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
 * the limit, naming both. Checked after validation, on every request, since the same document costs what its
 * variables ask for (`first: $first`); remembered per document and page sizes asked for, the only values a cost
 * reads, so that a document sent again (a scanner's lookup) is not walked again.
 */
function useCostLimit(maxCost: number): Plugin<{ params?: GraphQLParams }> {
  const costsByDocument = new WeakMap<DocumentNode, DocumentCosts>();
  return {
    onValidate({ context, params: { schema, documentAST } }) {
      return ({ valid }) => {
        if (!valid) return;
        const variables = context.params?.variables ?? {};
        const operationName = context.params?.operationName;
        let costs = costsByDocument.get(documentAST);
        if (!costs) {
          costs = { pageSizeVariables: pageSizeVariables(documentAST), refusalsByAsk: new Map() };
          costsByDocument.set(documentAST, costs);
        }
        const ask = JSON.stringify([operationName, costs.pageSizeVariables.map((name) => variables[name])]);
        let refusals = costs.refusalsByAsk.get(ask);
        if (!refusals) {
          refusals = costRefusals(schema, documentAST, variables, operationName, maxCost);
          // A client cycling through page sizes must not grow the memory without bound.
          if (costs.refusalsByAsk.size >= MAX_ASKS_PER_DOCUMENT) costs.refusalsByAsk.clear();
          costs.refusalsByAsk.set(ask, refusals);
        }
        // Thrown, not added to the result: yoga's validation cache, whose hook runs after this one, would keep the
        // refusal for the document whatever page sizes later requests ask for. The request ends here as one whose
        // validation failed (400), before authentication.
        if (refusals[0]) throw refusals[0];
      };
    },
  };
}

/** What a document's cost depends on, and the refusals found so far, by operation name and page sizes asked for. */
interface DocumentCosts {
  pageSizeVariables: string[];
  refusalsByAsk: Map<string, GraphQLError[]>;
}

const MAX_ASKS_PER_DOCUMENT = 100;

function costRefusals(
  schema: GraphQLSchema,
  document: DocumentNode,
  variableValues: Record<string, unknown>,
  operationName: string | undefined,
  maxCost: number,
): GraphQLError[] {
  const rule = createComplexityRule({
    context: {},
    variableValues,
    operationName,
    validate: ({ complexity }, report) => {
      if (complexity > maxCost) report(tooCostly(complexity, maxCost));
    },
  });
  // Only the cost's refusal: variables that do not fit the operation are execution's to report.
  return validate(schema, document, [rule]).filter((error) => error.extensions.code === "QUERY_TOO_COSTLY");
}

/** The variables `document` passes as a page size (`first: $n`), in the order they appear. */
function pageSizeVariables(document: DocumentNode): string[] {
  const names: string[] = [];
  visit(document, {
    Argument(argument) {
      if (PAGE_SIZE_ARGUMENTS.has(argument.name.value) && argument.value.kind === Kind.VARIABLE) {
        names.push(argument.value.name.value);
      }
    },
  });
  return names;
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
