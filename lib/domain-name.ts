import { domainToASCII, domainToUnicode } from "node:url";

export type NormalisedDomain = { name: string; displayName: string };

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * Normalises a domain as the brief asks: trimmed, lowercase, without a trailing dot or a
 * leading "www.", internationalised names in punycode (`name`) with the Unicode form
 * kept for display. Returns null for anything that is not a domain name.
 */
export function normaliseDomainName(input: string): NormalisedDomain | null {
  let value = input.trim().toLowerCase();
  if (!value || value.length > 253 + 1) return null;
  value = value.replace(/\.$/, "").replace(/^www\./, "");
  if (/[\s/:@?#]/.test(value)) return null;
  const ascii = domainToASCII(value);
  if (!ascii) return null;
  const labels = ascii.split(".");
  if (labels.length < 2 || ascii.length > 253) return null;
  if (!labels.every((label) => LABEL.test(label))) return null;
  const tld = labels[labels.length - 1]!;
  if (!/^[a-z]{2,63}$/.test(tld) && !/^xn--[a-z0-9-]+$/.test(tld)) return null;
  return { name: ascii, displayName: domainToUnicode(ascii) || ascii };
}
