"use client";
import { useEffect, useState } from "react";

/** The unread badge; asks the API every 20 s (and when the tab regains focus). */
export function BellCount({ initial, label }: { initial: number; label: string }) {
  const [count, setCount] = useState(initial);
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
    const timer = setInterval(refresh, 20_000);
    const onFocus = () => void refresh();
    window.addEventListener("focus", onFocus);
    return () => {
      cancelled = true;
      clearInterval(timer);
      window.removeEventListener("focus", onFocus);
    };
  }, []);
  return (
    <>
      <span className="visually-hidden">{label}</span>
      <span className={count > 0 ? "bell-count" : "bell-count zero"} data-testid="bell-count">
        {count}
      </span>
    </>
  );
}
