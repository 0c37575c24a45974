import type { DomainStatus } from "@/lib/generated/prisma/enums";

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
