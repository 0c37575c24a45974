import { describe, expect, it } from "vitest";
import { classifyMessage, extractDeadlines, extractDomains, extractIcpNumbers } from "../../../lib/icp";
import { cst } from "./fixtures";

describe("extraction from real-style messages", () => {
  it("finds every ICP number in order: licence (许可证 ICP证), entity and website numbers, full-width digits", () => {
    const text = "增值电信业务经营许可证：京ICP证０３０１７３号－２；主体备案号 京ＩＣＰ备２０２１１２３４５６号，网站 京ICP备2021123456号-3；许可证号 粤B2-20090059，网站粤B2-20090059-5";
    expect(extractIcpNumbers(text)).toEqual(["京ICP证030173号-2", "京ICP备2021123456号", "京ICP备2021123456号-3", "粤B2-20090059", "粤B2-20090059-5"]);
  });

  it.each([
    ["请于２０２６年３月１５日前完成整改", cst("2026-03-15 23:59:59")],
    ["截止时间：2026年3月15日 18:00", cst("2026-03-15 18:00")],
    ["请您务必于2024-09-12 15:10:11之前完成整改", cst("2024-09-12 15:10:11")],
    ["Please update your filing by 2026-12-15 23:59:59.", cst("2026-12-15 23:59:59")],
    ["Please rectify before 2026/12/20.", cst("2026-12-20 23:59:59")],
    ["请于2026.03.20前更新备案信息。", cst("2026-03-20 23:59:59")],
    ["Please update it by 30 December 2026.", cst("2026-12-30 23:59:59")],
    ["no later than March 31, 2026", cst("2026-03-31 23:59:59")],
  ])("reads the deadline in %s (date only → 23:59:59 China time)", (text, expected) => {
    expect(extractDeadlines(text)).toEqual([expected]);
  });

  it("drops placeholder dates and dates that are not deadlines", () => {
    expect(extractDeadlines("请您务必在2021年x月xx日前完成网站主页底部网站备案号的悬挂")).toEqual([]);
    expect(extractDeadlines("您的变更备案于2026年11月02日发生变动")).toEqual([]);
    expect(extractDeadlines("Your ICP filing was approved on 2026-11-03.")).toEqual([]);
  });

  it("finds the domain named in the text: full-width, in HTML markup, in a link's target only", () => {
    expect(extractDomains("您的网站ｗｗｗ．ｄｅｍｏ．ｃｎ（备案号：苏ＩＣＰ备２０２２１１２２３３号－２）")).toEqual(["www.demo.cn"]);
    expect(extractDomains('<p>请处理您的网站：<a href="https://shop.example.cn/">点击查看</a></p>')).toEqual(["shop.example.cn"]);
    expect(extractDomains('<a href="https://beian.miit.gov.cn/">工信部</a> <a href="https://help.aliyun.com/x">帮助</a>')).toEqual([]);
    expect(extractDomains("【阿里云】您的域名example.com.cn未解析至阿里云服务器")).toEqual(["example.com.cn"]);
  });

  it("classifies and extracts from one HTML, full-width MIIT notice", () => {
    const result = classifyMessage("<p>【工信部】您的网站<b>ｓｈｏｐ．ｅｘａｍｐｌｅ．ｃｎ</b>备案号京ＩＣＰ证０３０１７３号－１已注销。</p>");
    expect(result.kind).toBe("icp_number_cancelled");
    expect(result.icpNumbers).toEqual(["京ICP证030173号-1"]);
    expect(result.domains).toEqual(["shop.example.cn"]);
  });
});
