"use client";
import type { DomainStatus } from "@/lib/generated/prisma/enums";
import styles from "../staff.module.css";
import { STATUS_COLOURS } from "./colours";

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * The 90-day history as the page sends it: the day labels, and per day the count of each
 * shown status (in the order of `statuses`). Numbers, not rendered elements: the chart and
 * the table are drawn from them here, in the server render and on hydration.
 */
export type HistorySeries = { days: string[]; counts: number[][] };

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
  const { days, counts } = history;
  const totals = counts.map((day) => day.reduce((sum, n) => sum + n, 0));
  const max = Math.max(1, ...totals);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (days.length <= 1 ? 0 : (i / (days.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;

  const lower = days.map(() => 0);
  const layers = statuses.map((status, s) => {
    const bottom = [...lower];
    const top = counts.map((day, i) => (lower[i] = (lower[i] ?? 0) + day[s]!));
    const upperPath = top.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const lowerPath = bottom.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
    return { status, points: [...upperPath, ...lowerPath].join(" "), tooltip: tooltips[s] };
  });
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

/** The chart's numbers as a table: a row per day, a column per shown status. */
export function HistoryTable({
  history,
  statuses,
  caption,
  dayHeading,
  statusHeadings,
}: {
  history: HistorySeries;
  statuses: DomainStatus[];
  caption: string;
  dayHeading: string;
  statusHeadings: string[];
}) {
  return (
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
        {history.days.map((day, i) => (
          <tr key={day}>
            <th scope="row">{day}</th>
            {statuses.map((status, s) => (
              <td key={status}>{history.counts[i]![s]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
