"use client";
import { useLinkStatus } from "next/link";

/**
 * Inside a <Link>: says "loading" while the link's page is being fetched. The page itself
 * is rendered whole on the server (no streamed fallback), so it also reads without
 * JavaScript; this is the loading state for people who have it.
 */
export function LinkPending({ label }: { label: string }) {
  const { pending } = useLinkStatus();
  return pending ? (
    <span className="link-pending" role="status">
      {" "}
      {label}
    </span>
  ) : null;
}
