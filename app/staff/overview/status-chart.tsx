"use client";
import { useState } from "react";
import type { DomainStatus } from "@/lib/generated/prisma/enums";
import styles from "../staff.module.css";
import { STATUS_COLOURS } from "./colours";

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * The 90-day history as the page sends it: the first day (YYYY-MM-DD, China time), and per
 * day from it the count of each shown status (in the order of `statuses`). Numbers, not
 * rendered elements: the chart and the table are drawn from them here, in the server
 * render and on hydration.
 */
export type HistorySeries = { first: string; counts: number[][] };

/** The series' day labels: consecutive calendar days from `first` (China has no DST). */
export function seriesDays({ first, counts }: HistorySeries): string[] {
  const [year, month, day] = first.split("-").map(Number) as [number, number, number];
  return counts.map((_, i) => new Date(Date.UTC(year, month - 1, day + i)).toISOString().slice(0, 10));
}

/**
 * Domains by status per day as a stacked area chart, drawn as inline SVG: no chart
 * library, no outside host. The chart is an image with a text summary; the same numbers
 * are in the table beside it, so colour is never the only carrier.
 */
export function StatusChart({
  history,
  statuses,
  label,
  tooltips,
}: {
  history: HistorySeries;
  statuses: DomainStatus[];
  label: string;
  /** Per status (same order): its name and latest count in the reader's language. */
  tooltips: string[];
}) {
  const { counts } = history;
  const days = seriesDays(history);
  const totals = counts.map((day) => day.reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length <= 1 ? 0 : (i / (days.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  const point = (i: number, v: number) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`;

  // Each layer is drawn from the axis up to its stacked top, the topmost first, so a layer
  // covers the ones above it down to its own top and shows as the band between its top and
  // the one below: the same picture (and the same layer under the pointer) as bands with
  // both edges, in half the points.
  const running = days.map(() => 0);
  const tops = statuses.map((_, s) => counts.map((day, i) => (running[i] = (running[i] ?? 0) + day[s]!)));
  const baseline = days.length > 0 ? ` ${point(days.length - 1, 0)} ${point(0, 0)}` : "";
  const layers = statuses
    .map((status, s) => ({ status, points: tops[s]!.map((v, i) => point(i, v)).join(" ") + baseline, tooltip: tooltips[s] }))
    .reverse();
  const ticks = [0, Math.round(max / 2), max];
  const first = days[0];
  const last = days[days.length - 1];

  return (
    <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} className={styles.chart} role="img" aria-label={label}>
      <title>{label}</title>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(tick)} y2={y(tick)} stroke="#d0d7de" strokeWidth={1} />
          <text x={PAD.left - 6} y={y(tick) + 4} textAnchor="end" fontSize={11} fill="#57606a">
            {tick}
          </text>
        </g>
      ))}
      {layers.map((layer) => (
        <polygon key={layer.status} points={layer.points} fill={STATUS_COLOURS[layer.status]} stroke="#ffffff" strokeWidth={0.5}>
          <title>{layer.tooltip}</title>
        </polygon>
      ))}
      {first !== undefined ? (
        <text x={PAD.left} y={HEIGHT - 8} fontSize={11} fill="#57606a">
          {first}
        </text>
      ) : null}
      {last !== undefined ? (
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} fontSize={11} fill="#57606a" textAnchor="end">
          {last}
        </text>
      ) : null}
    </svg>
  );
}

/**
 * The chart's numbers as a table (a row per day, a column per shown status) inside a
 * closed <details>. Its 90 rows are built here from the series the chart already has, and
 * only once the reader opens it: rendered on the server, they were a fifth of the page's
 * HTML that nobody sees until then (docs/benchmarks.md).
 */
export function HistoryDetails({
  history,
  statuses,
  summary,
  caption,
  dayHeading,
  statusHeadings,
}: {
  history: HistorySeries;
  statuses: DomainStatus[];
  summary: string;
  caption: string;
  dayHeading: string;
  statusHeadings: string[];
}) {
  const [open, setOpen] = useState(false);
  return (
    <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{summary}</summary>
      {open ? (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={summary}>
          <table className="domain-table" data-testid="status-history-table">
            <caption className="muted small">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{dayHeading}</th>
                {statuses.map((status, s) => (
                  <th key={status} scope="col">
                    {statusHeadings[s]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {seriesDays(history).map((day, i) => (
                <tr key={day}>
                  <th scope="row">{day}</th>
                  {statuses.map((status, s) => (
                    <td key={status}>{history.counts[i]![s]}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
