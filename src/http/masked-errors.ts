import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { maskError } from "graphql-yoga";
import { currentRequestId } from "./request-id.ts";

/**
 * Errors we raise on purpose (GraphQLErrors) reach the client; anything else is a bug: the client gets a generic
 * message and the request id, and the real error is logged (with that id, see withRequestIds). Never the
 * original message or stack, whatever NODE_ENV says.
 */
export function maskUnexpected(error: unknown, message = "Unexpected error."): Error {
  const masked = maskError(error, message, false);
  const requestId = currentRequestId();
  if (masked !== error && masked instanceof GraphQLError && requestId) {
    Object.assign(masked.extensions, { requestId });
  }
  return masked;
}

/** An error as yoga writes it over HTTP: its internal extensions (`http` status, `unexpected`) left out. */
export function publicError(error: GraphQLError): GraphQLFormattedError {
  const { extensions, ...formatted } = error.toJSON();
  const { http: _http, unexpected: _unexpected, ...shown } = extensions ?? {};
  return Object.keys(shown).length > 0 ? { ...formatted, extensions: shown } : formatted;
}
