"use client";
import { useEffect, useState } from "react";

type Suggestion = { name: string; displayName: string; account: string };

/**
 * Suggestions for a domain input (a <datalist>), from the domain list API the admin may
 * read: the first ten domains whose name contains what was typed.
 */
export function DomainSuggestions({ id, query }: { id: string; query: string }) {
  const [suggestions, setSuggestions] = useState<Suggestion[]>([]);
  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      fetch(`/api/v1/domains?pageSize=10&sort=name&q=${encodeURIComponent(q)}`, { signal: controller.signal })
        .then((response) => (response.ok ? response.json() : { domains: [] }))
        .then((body: { domains: Suggestion[] }) => setSuggestions(body.domains))
        .catch(() => undefined);
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);
  return (
    <datalist id={id}>
      {suggestions.map((s) => (
        <option key={s.name} value={s.displayName}>
          {s.account}
        </option>
      ))}
    </datalist>
  );
}
