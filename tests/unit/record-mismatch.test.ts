import { describe, expect, it } from "vitest";
import { findRecordMismatches } from "../../app/admin/messages/mismatch";

const filed = { name: "acme-cloud.com", displayName: "acme-cloud.com", icpNumber: "沪ICP备2022001122号-1", icpEntityNumber: "沪ICP备2022001122号" };
const fresh = { name: "new-site.cn", displayName: "new-site.cn", icpNumber: null, icpEntityNumber: null };

describe("the record page's warnings: a domain or ICP number in the text that is not the chosen domain's", () => {
  it("says nothing when the text is about the chosen domain (its own numbers, a subdomain, www.)", () => {
    expect(findRecordMismatches("ICP number cancelled: 沪ICP备2022001122号-1 of www.acme-cloud.com.", filed)).toEqual([]);
    expect(findRecordMismatches("主体 沪ICP备2022001122号 下的网站 shop.acme-cloud.com 需整改。", filed)).toEqual([]);
    expect(findRecordMismatches("Please complete the SMS verification within 24 hours.", filed)).toEqual([]);
  });

  it("warns when the text names another domain", () => {
    expect(findRecordMismatches("Invalid ICP Filing: beta-video.com is an empty-shell website.", filed)).toEqual([
      { kind: "domain", named: ["beta-video.com"], chosen: "acme-cloud.com" },
    ]);
  });

  it("warns when the text names another entity's number, or another site's number of the same entity", () => {
    expect(findRecordMismatches("acme-cloud.com: 京ICP备2021999999号-3 was cancelled.", filed)).toEqual([
      { kind: "icp_number", named: ["京ICP备2021999999号-3"], chosen: "沪ICP备2022001122号-1" },
    ]);
    expect(findRecordMismatches("acme-cloud.com 沪ICP备2022001122号-2", filed)).toEqual([
      { kind: "icp_number", named: ["沪ICP备2022001122号-2"], chosen: "沪ICP备2022001122号-1" },
    ]);
  });

  it("does not judge numbers for a domain that has none yet (its approval brings the first)", () => {
    expect(findRecordMismatches("ICP Filing successful: new-site.cn, 沪ICP备2026765432号-1.", fresh)).toEqual([]);
    expect(findRecordMismatches("ICP Filing successful: other-site.cn, 沪ICP备2026765432号-1.", fresh)).toEqual([
      { kind: "domain", named: ["other-site.cn"], chosen: "new-site.cn" },
    ]);
  });
});
