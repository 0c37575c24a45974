"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState } from "react";

const POLL_MS = 15_000;

/**
 * The bell: a link to the notifications page with the unread count. The count is rendered
 * on the server, then asked for again every 15 s, on every page change (the layout that
 * holds the bell is not rendered again on client navigation) and when the tab comes back,
 * so a new notification shows without a reload. The link's accessible name follows the count.
 */
export function BellLink({ initial, label, unreadLabel }: { initial: number; label: string; unreadLabel: string }) {
  const [count, setCount] = useState(initial);
  const pathname = usePathname();
  const mounted = useRef(false);
  useEffect(() => {
    let cancelled = false;
    const refresh = async () => {
      try {
        const response = await fetch("/api/v1/notifications?unread=1&limit=1", { cache: "no-store" });
        if (!response.ok) return;
        const body = (await response.json()) as { unread?: number };
        if (!cancelled && typeof body.unread === "number") setCount(body.unread);
      } catch {
        // Offline or signed out: keep the last count.
      }
    };
    // The server's count is fresh on the first render; after a client navigation it may not be.
    if (mounted.current) void refresh();
    mounted.current = true;
    const timer = setInterval(refresh, POLL_MS);
    const onVisible = () => {
      if (document.visibilityState === "visible") void refresh();
    };
    window.addEventListener("focus", onVisible);
    document.addEventListener("visibilitychange", onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener("focus", onVisible);
      document.removeEventListener("visibilitychange", onVisible);
    };
  }, [pathname]);
  return (
    <Link href="/notifications" className="notification-bell" data-testid="notification-bell" aria-label={unreadLabel.replace("#", String(count))}>
      {/* Drawn, not an emoji: a machine without an emoji font showed an empty box. */}
      <svg aria-hidden="true" className="bell-icon" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round">
        <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
        <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
      </svg>
      <span className="visually-hidden">{label}</span>
      <span className={count > 0 ? "bell-count" : "bell-count zero"} data-testid="bell-count">
        {count}
      </span>
    </Link>
  );
}
