// Warnings for the record page's preview: the text names a domain or an ICP number that is
// not the chosen domain's, so the admin may be about to record a message into the wrong
// domain (issue 14, item 10). Pure: the text, the chosen domain and its numbers in, words out.
import { normaliseDomainName } from "@/lib/domain-name";
import { extractDomains, extractIcpNumbers } from "@/lib/icp/classify";

export type RecordMismatch =
  /** Domains named in the text, none of them the chosen domain (or a subdomain of it). */
  | { kind: "domain"; named: string[]; chosen: string }
  /** ICP numbers named in the text that are not the chosen domain's website or entity number. */
  | { kind: "icp_number"; named: string[]; chosen: string };

const SITE_SUFFIX = /-\d+$/;

export function findRecordMismatches(
  text: string,
  domain: { name: string; displayName: string; icpNumber: string | null; icpEntityNumber: string | null },
): RecordMismatch[] {
  const warnings: RecordMismatch[] = [];
  const named = extractDomains(text);
  const names = named.map((host) => normaliseDomainName(host)?.name ?? host);
  const ours = (name: string) => name === domain.name || name.endsWith(`.${domain.name}`);
  if (names.length && !names.some(ours)) warnings.push({ kind: "domain", named: [...new Set(names)], chosen: domain.displayName });

  // A domain without a number yet cannot be told apart (an approval brings its first number).
  const entity = domain.icpEntityNumber ?? domain.icpNumber?.replace(SITE_SUFFIX, "") ?? null;
  if (entity) {
    const foreign = extractIcpNumbers(text).filter((n) => {
      // The entity number, or the domain's own website number; another site's number of the same entity is not this domain's.
      if (SITE_SUFFIX.test(n)) return n !== domain.icpNumber && !(domain.icpNumber === null && n.replace(SITE_SUFFIX, "") === entity);
      return n !== entity;
    });
    if (foreign.length) warnings.push({ kind: "icp_number", named: foreign, chosen: domain.icpNumber ?? entity });
  }
  return warnings;
}
