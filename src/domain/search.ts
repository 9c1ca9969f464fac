/**
 * Text search, what every list's `search` argument shares: `term` as LIKE matches it literally, so "100%" finds
 * "100%", not every "100...". Prisma's `contains` passes its value to LIKE as it is, so every search escapes it
 * first (with LIKE's default escape character, the backslash).
 */
export function likeLiteral(term: string): string {
  return term.replace(/[\\%_]/g, "\\$&");
}
