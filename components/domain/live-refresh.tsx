"use client";
// Keeps an open dashboard or domain list current without a reload: while the tab is visible
// it asks GET /api/v1/changes about once a second with the version the page was rendered at
// (If-None-Match, so an unchanged page answers an empty 304) and refreshes the server
// components when the version moved. A hidden tab does not poll; it checks at once when shown
// again. Failures back off up to 30 s. Client state (a half-typed form) survives the refresh.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";

const MAX_BACKOFF_MS = 30_000;

export function LiveRefresh({ version, domain, intervalMs = 1000 }: { version: string; domain?: string; intervalMs?: number }) {
  const router = useRouter();
  const t = useTranslations("live");
  const [, startTransition] = useTransition();
  const [announced, setAnnounced] = useState(0);
  // The version of what is on screen: the rendered one, or one already asked to refresh to.
  const current = useRef(version);
  useEffect(() => {
    current.current = version;
  }, [version]);

  useEffect(() => {
    const url = `/api/v1/changes${domain ? `?domain=${encodeURIComponent(domain)}` : ""}`;
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let inFlight = false;
    let failures = 0;
    let stopped = false;

    const schedule = (delay: number) => {
      clearTimeout(timer);
      if (!stopped && document.visibilityState === "visible") timer = setTimeout(check, delay);
    };

    async function check() {
      if (stopped || inFlight || document.visibilityState !== "visible") return;
      inFlight = true;
      try {
        const response = await fetch(url, { headers: { "If-None-Match": `"${current.current}"` }, cache: "no-store", signal: abort.signal });
        if (response.status === 200) {
          const { version: latest } = (await response.json()) as { version: string };
          if (latest !== current.current) {
            current.current = latest;
            startTransition(() => router.refresh());
            setAnnounced((n) => n + 1);
          }
        } else if (response.status === 404) {
          // The domain is gone or no longer the caller's: the refreshed page says so.
          stopped = true;
          startTransition(() => router.refresh());
          return;
        } else if (response.status === 401) {
          // Signed out elsewhere: the next navigation goes to the sign-in page.
          stopped = true;
          return;
        } else if (response.status !== 304) {
          throw new Error(`changes answered ${response.status}`);
        }
        failures = 0;
        schedule(intervalMs);
      } catch {
        if (abort.signal.aborted) return;
        failures += 1;
        schedule(Math.min(intervalMs * 2 ** failures, MAX_BACKOFF_MS));
      } finally {
        inFlight = false;
      }
    }

    const onVisibility = () => {
      if (document.visibilityState === "visible") {
        clearTimeout(timer);
        void check();
      } else clearTimeout(timer);
    };
    document.addEventListener("visibilitychange", onVisibility);
    schedule(intervalMs);
    return () => {
      stopped = true;
      abort.abort();
      clearTimeout(timer);
      document.removeEventListener("visibilitychange", onVisibility);
    };
  }, [domain, intervalMs, router]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="live-refresh">
      {announced ? t("updated") : null}
    </p>
  );
}
