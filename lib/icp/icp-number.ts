/**
 * Which ICP number a domain carries, read from its messages the way its status is: the
 * newest approval by received-at that names a website number (…号-N) decides it, whatever
 * the order the messages were recorded in; retracted approvals do not count.
 */
import { effectiveMessages, type DerivationMessage } from "./derive";

export type IcpNumbers = { icpNumber: string; icpEntityNumber: string };

const WEBSITE_NUMBER = /-\d+$/;

/** The website number an approval carries, if any. */
export function websiteNumberOf(message: Pick<DerivationMessage, "kind" | "icpNumbers">): string | null {
  if (message.kind !== "filing_approved") return null;
  return message.icpNumbers.find((n) => WEBSITE_NUMBER.test(n)) ?? null;
}

/** The numbers of the newest effective approval that names one; null when none does. */
export function icpNumbersFromApprovals(messages: readonly DerivationMessage[]): IcpNumbers | null {
  const ordered = effectiveMessages(messages);
  for (let i = ordered.length - 1; i >= 0; i--) {
    const number = websiteNumberOf(ordered[i]!);
    if (number) return { icpNumber: number, icpEntityNumber: number.replace(WEBSITE_NUMBER, "") };
  }
  return null;
}
