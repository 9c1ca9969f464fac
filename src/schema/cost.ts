/**
 * What a field costs a request (docs/rules/limits.md): every field 1, and what a list selects counts once per
 * item it may hold. A page counts its requested size (`first` or `last`, from literals and variables alike, within
 * the connections' bounds); any other list counts LIST_ITEMS items, unless its field says otherwise. The limit
 * itself is checked by src/http/limits.ts before anything runs.
 */

/** Pothos' connection defaults (@pothos/plugin-relay): a page without `first`/`last` holds 20, at most 100. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** The items a list other than a page is counted for: an order's lines, components or tree, a BOM's lines. */
export const LIST_ITEMS = 10;

/**
 * The items of a list as long as a whole BOM (an explosion's nodes and requirements, where-used paths): every
 * component at every depth, where an order's lists hold a level's.
 */
export const BOM_WIDE_ITEMS = 100;

/** A list of BOM_WIDE_ITEMS. */
export const bomWideListCost = { field: 1, multiplier: BOM_WIDE_ITEMS };

/**
 * The only arguments a cost reads (`pageCost`): src/http/limits.ts remembers a document's cost per their values.
 * A cost that reads another argument must be named here.
 */
export const PAGE_SIZE_ARGUMENTS: ReadonlySet<string> = new Set(["first", "last"]);

/** A page's cost: itself, and its edges (or nodes) once per item it may hold. */
export function pageCost(args: { first?: number | null; last?: number | null }) {
  const size = args.first ?? args.last ?? DEFAULT_PAGE_SIZE;
  return { field: 1, multiplier: Math.min(Math.max(size, 0), MAX_PAGE_SIZE) };
}

/** A page's `edges` and `nodes` lists: the page counted their items already. */
export const pageItemsCost = { field: 1, multiplier: 1 };
