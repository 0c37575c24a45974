import { describe, expect, it } from "vitest";
import {
  checkSmsForwarderRequest,
  parseSmsForwarderBody,
  smsForwarderSign,
  smsForwarderSignature,
  verifySmsForwarderSign,
  ZSmsForwarderBody,
} from "@/lib/intake/smsforwarder";

// Computed outside this code: printf '1700000000000\nSECabc' | openssl dgst -sha256 -hmac SECabc -binary | base64
const VECTOR = { secret: "SECabc", timestamp: "1700000000000", base64: "jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM=" };

describe("SmsForwarder's signature", () => {
  it("is base64(HMAC-SHA256(secret, timestamp + \\n + secret)), URL-encoded in the request", () => {
    expect(smsForwarderSignature(VECTOR.secret, VECTOR.timestamp)).toBe(VECTOR.base64);
    expect(smsForwarderSign(VECTOR.secret, VECTOR.timestamp)).toBe("jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM%3D");
  });

  it("accepts the URL-encoded and the bare spelling, and a bare one whose + a form turned into a space", () => {
    expect(verifySmsForwarderSign(VECTOR.secret, VECTOR.timestamp, "jcUpW0QmtKduN03n4JqQ0PBosVjqnM8gU7fIIvsDmCM%3D")).toBe(true);
    expect(verifySmsForwarderSign(VECTOR.secret, VECTOR.timestamp, VECTOR.base64)).toBe(true);
    const withPlus = smsForwarderSignature("SECx", "1700000000001");
    if (withPlus.includes("+")) expect(verifySmsForwarderSign("SECx", "1700000000001", withPlus.replace(/\+/g, " "))).toBe(true);
    expect(verifySmsForwarderSign(VECTOR.secret, "1700000000001", VECTOR.base64)).toBe(false);
    expect(verifySmsForwarderSign("SECabd", VECTOR.timestamp, VECTOR.base64)).toBe(false);
    expect(verifySmsForwarderSign(VECTOR.secret, VECTOR.timestamp, "%E0%A4%A")).toBe(false);
  });

  it("refuses a timestamp more than an hour off, either way", () => {
    const body = (ts: number) => ZSmsForwarderBody.parse({ from: "1", content: "x", timestamp: ts, sign: smsForwarderSign("SECs", String(ts)) });
    const now = new Date(1_700_000_000_000);
    expect(checkSmsForwarderRequest("SECs", body(now.getTime() - 3_599_000), now)).toBe("ok");
    expect(checkSmsForwarderRequest("SECs", body(now.getTime() - 3_601_000), now)).toBe("stale");
    expect(checkSmsForwarderRequest("SECs", body(now.getTime() + 3_601_000), now)).toBe("stale");
    expect(checkSmsForwarderRequest("SECt", body(now.getTime()), now)).toBe("bad_sign");
  });

  it("reads the default form body, the JSON template and a multipart form", async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    expect(await parseSmsForwarderBody(enc("from=10690&content=%E5%A4%87%E6%A1%88&timestamp=1&sign=a%253D"), "application/x-www-form-urlencoded")).toEqual({
      from: "10690",
      content: "备案",
      timestamp: "1",
      sign: "a%3D",
    });
    expect(await parseSmsForwarderBody(enc('{"from":"1","content":"c","timestamp":2,"sign":"s"}'), "application/json;charset=utf-8")).toEqual({
      from: "1",
      content: "c",
      timestamp: 2,
      sign: "s",
    });
    const form = new FormData();
    form.set("from", "1");
    form.set("content", "备案");
    const request = new Request("http://x/", { method: "POST", body: form });
    const bytes = new Uint8Array(await request.arrayBuffer());
    expect(await parseSmsForwarderBody(bytes, request.headers.get("content-type"))).toEqual({ from: "1", content: "备案" });
    expect(await parseSmsForwarderBody(enc("[1,2]"), "application/json")).toBeNull();
    expect(await parseSmsForwarderBody(enc("{oops"), "application/json")).toBeNull();
  });
});
