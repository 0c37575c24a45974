import type { DomainStatus } from "@/lib/generated/prisma/enums";
import type { HistoryPoint } from "@/lib/queries/overview";
import styles from "../staff.module.css";

/** One distinct colour per status (Okabe–Ito and Tableau hues, readable on white). */
export const STATUS_COLOURS: Record<DomainStatus, string> = {
  not_filed: "#8c959f",
  provider_review: "#56b4e9",
  provider_returned: "#e69f00",
  authority_review: "#0072b2",
  sms_verification: "#cc79a7",
  authority_rejected: "#a3472f",
  approved_pending_sync: "#76b7b2",
  filed: "#009e73",
  rectification_required: "#f0c419",
  access_cancelled: "#d55e00",
  cancellation_pending: "#9467bd",
  cancelled: "#1b1f24",
};

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 44, right: 12, top: 12, bottom: 28 };

/**
 * Domains by status per day as a stacked area chart, drawn on the server as inline SVG: no
 * chart library, no script, no outside host. The chart is an image with a text summary;
 * the same numbers are in the table beside it, so colour is never the only carrier.
 */
export function StatusChart({
  history,
  statuses,
  label,
  dayLabel,
  statusLabel,
}: {
  history: HistoryPoint[];
  statuses: DomainStatus[];
  label: string;
  dayLabel: (day: Date) => string;
  /** A status's name in the reader's language, for the tooltip of its band. */
  statusLabel: (status: DomainStatus, latest: number) => string;
}) {
  const totals = history.map((p) => statuses.reduce((sum, s) => sum + p.counts[s], 0));
  const max = Math.max(1, ...totals);
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (history.length <= 1 ? 0 : (i / (history.length - 1)) * innerW);
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;

  const lower = history.map(() => 0);
  const layers = statuses.map((status) => {
    const bottom = [...lower];
    const top = history.map((p, i) => (lower[i] = (lower[i] ?? 0) + p.counts[status]));
    const upperPath = top.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`);
    const lowerPath = bottom.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).reverse();
    return { status, points: [...upperPath, ...lowerPath].join(" ") };
  });
  const ticks = [0, Math.round(max / 2), max];
  const first = history[0];
  const last = history[history.length - 1];

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
          <title>{statusLabel(layer.status, last?.counts[layer.status] ?? 0)}</title>
        </polygon>
      ))}
      {first ? (
        <text x={PAD.left} y={HEIGHT - 8} fontSize={11} fill="#57606a">
          {dayLabel(first.day)}
        </text>
      ) : null}
      {last ? (
        <text x={WIDTH - PAD.right} y={HEIGHT - 8} fontSize={11} fill="#57606a" textAnchor="end">
          {dayLabel(last.day)}
        </text>
      ) : null}
    </svg>
  );
}
