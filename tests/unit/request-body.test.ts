import { describe, expect, it } from "vitest";
import { readJsonBody } from "@/lib/api/body";
import { errorResponse } from "@/lib/api/respond";
import { databaseRecentlyUnavailable } from "@/lib/db/availability";
import { AppError } from "@/lib/errors";

/** A POST whose body stream fails the way Node's does when the client disconnects mid-upload. */
function abortedRequest(): Request {
  let sent = false;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (!sent) {
        sent = true;
        controller.enqueue(new TextEncoder().encode('{"domain":"exa'));
        return;
      }
      controller.error(Object.assign(new Error("aborted"), { code: "ECONNRESET" }));
    },
  });
  return new Request("http://localhost/api/v1/messages", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("reading a request body", () => {
  it("answers a body cut off by the client with 400, not as a database outage", async () => {
    const failure = await readJsonBody(abortedRequest()).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).status).toBe(400);
    const response = errorResponse(failure);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe("validation_failed");
    expect(databaseRecentlyUnavailable()).toBe(false);
  });
});
