import type { Session } from "../shared/sign-in.tsx";

/**
 * Moving, authorizing and releasing orders need PRODUCTION_FULFILL (the planner role; ADMIN lists every
 * permission in `me.permissions`): any other key sees a read-only board. The server decides anyway: a refusal
 * is shown as its message.
 */
export function canPlan(session: Session): boolean {
  return session.viewer.permissions.includes("PRODUCTION_FULFILL");
}
