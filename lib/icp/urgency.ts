/**
 * The urgency rule, in one place (decision 0003 §6): an action is `urgent` when its catalogue
 * says so, or when it is due within 72 hours of `now` (or overdue). The maintained staff
 * figures repeat the windows and the urgent keys in SQL (icp_urgent_key, icp_next_crossing,
 * icp_account_figures in the staff-figures migration); tests/unit/icp/urgency.test.ts reads
 * that migration and fails when it disagrees with these constants.
 */
import { ACTION_CATALOGUE } from "./catalogue";
import { ACTION_KEYS, type ActionKey, type Urgency } from "./kinds";
import { HOUR_MS } from "./time";

/** An action due within this many hours (or already overdue) is `urgent` whatever its default. */
export const URGENT_WITHIN_HOURS = 72;
export const URGENT_WITHIN_MS = URGENT_WITHIN_HOURS * HOUR_MS;

/** An urgent-key action due within this many hours is about to expire (an SMS code lives 24 h): the queue's "critical". */
export const EXPIRING_WITHIN_HOURS = 24;
export const EXPIRING_WITHIN_MS = EXPIRING_WITHIN_HOURS * HOUR_MS;

/** Actions whose neglect costs the filing: catalogue urgency "urgent". */
export function isUrgentActionKey(key: ActionKey): boolean {
  return ACTION_CATALOGUE[key].urgency === "urgent";
}
export const URGENT_ACTION_KEYS: readonly ActionKey[] = ACTION_KEYS.filter(isUrgentActionKey);

/** The urgency shown for an action: the catalogue's, raised to `urgent` within the window. */
export function actionUrgency(key: ActionKey, dueAt: Date | null, now: Date): Urgency {
  // A deadline within three days (or already passed) outranks the default urgency: the cost of a
  // missed deadline is the filing itself (research §0.2).
  if (dueAt !== null && dueAt.getTime() - now.getTime() <= URGENT_WITHIN_MS) return "urgent";
  return ACTION_CATALOGUE[key].urgency;
}
