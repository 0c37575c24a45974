import { describe, expect, it } from "vitest";
import { localiseServerText, matchServerText } from "../../app/admin/messages/server-text";

const zh = (key: string, values: Record<string, string>) => `${key}(${Object.values(values).join(",")})`;

describe("the use cases' English answers, matched to message keys", () => {
  it("names a known sentence with its values", () => {
    expect(matchServerText("The domain x.cn does not exist. Add it on the Domains page first.")).toEqual({ key: "domainMissingAdd", values: { domain: "x.cn" } });
    expect(matchServerText("Same message as row 12.")).toEqual({ key: "sameAsRow", values: { row: "12" } });
    expect(matchServerText("Must not lie in the future.")).toEqual({ key: "inFuture", values: {} });
    expect(matchServerText("Something new went wrong.")).toBeNull();
  });

  it("translates every part of a joined answer, and says when one part has no key", () => {
    expect(localiseServerText("kind: Unknown message kind.; text: The text is longer than 20,000 characters.", zh)).toEqual({
      text: "unknownKind()；textTooLong()",
      complete: true,
    });
    expect(localiseServerText("Unknown domain.; Something new.", zh)).toEqual({ text: "unknownDomain()；Something new.", complete: false });
  });
});
