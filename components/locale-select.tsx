"use client";

/** The language select; changing it submits its form, so the page switches language at once. */
export function LocaleSelect({ current, options }: { current: string; options: { value: string; label: string }[] }) {
  return (
    <select id="locale-select" name="locale" defaultValue={current} onChange={(event) => event.currentTarget.form?.requestSubmit()}>
      {options.map((o) => (
        <option key={o.value} value={o.value} lang={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}
