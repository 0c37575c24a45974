import { describe, expect, it } from "vitest";
import { normaliseDomainName } from "@/lib/domain-name";

describe("normaliseDomainName", () => {
  it.each([
    ["Example.CN", "example.cn", "example.cn"],
    ["www.example.com.cn.", "example.com.cn", "example.com.cn"],
    ["  WWW.Shop.Example.com  ", "shop.example.com", "shop.example.com"],
    ["例子.中国", "xn--fsqu00a.xn--fiqs8s", "例子.中国"],
    ["xn--fsqu00a.xn--fiqs8s", "xn--fsqu00a.xn--fiqs8s", "例子.中国"],
    ["例子商店.中国", "xn--fsqp3lrwf6ud.xn--fiqs8s", "例子商店.中国"],
  ])("normalises %s", (input, name, displayName) => {
    expect(normaliseDomainName(input)).toEqual({ name, displayName });
  });

  it.each(["", "   ", "localhost", "not a domain", "http://example.com", "a..b.cn", "-bad.cn", "bad-.cn", "example.c0m", "user@example.com", "x".repeat(64) + ".cn"])(
    "refuses %j",
    (input) => {
      expect(normaliseDomainName(input)).toBeNull();
    },
  );
});
