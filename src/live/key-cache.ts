import type { Viewer, ViewerCache } from "../domain/access.ts";
import type { LiveFeed } from "./feed.ts";

/** Keys remembered at most; past it the instance starts over (a deployment has tens of keys, not thousands). */
const MAX_KEYS = 10_000;

/**
 * The viewers of the keys this instance authenticated, so that a request pays no SQL statement for its key
 * (docs/rules/access.md). What a key may do changes only by a commit that writes its event (a key revoked, a role
 * changed or archived); the live feed announces each one, on this instance before its request answers and from
 * the others through Redis, and the cache forgets everything then. It remembers nothing while the feed cannot hear
 * every instance: Redis unreachable, or PostgreSQL without Redis, where other instances may commit unheard.
 * Unknown keys are never remembered: a flood of random keys costs statements, not memory.
 */
export class KeyCache implements ViewerCache {
  private readonly viewers = new Map<string, Viewer>();
  /** Counts the changes forgotten: a read that began before one must not be remembered after it. */
  private changes = 0;

  constructor(private readonly feed: LiveFeed) {
    feed.onAccessChanged(() => {
      this.changes += 1;
      this.viewers.clear();
    });
  }

  async viewerOf(secretHash: string, read: () => Promise<Viewer | null>): Promise<Viewer | null> {
    if (!this.feed.hearsAccessChanges()) {
      this.viewers.clear();
      return read();
    }
    const remembered = this.viewers.get(secretHash);
    if (remembered) return remembered;
    const changesBefore = this.changes;
    const viewer = await read();
    if (viewer && this.changes === changesBefore && this.feed.hearsAccessChanges()) {
      if (this.viewers.size >= MAX_KEYS) this.viewers.clear();
      this.viewers.set(secretHash, viewer);
    }
    return viewer;
  }
}
