// Every documented operation, by the route file it documents. Adding an API route: write an
// `openapi.ts` beside its `route.ts` (see app/api/v1/domains/openapi.ts) and add one line
// here; tests/unit/openapi-document.test.ts fails until every method of every route has one.
import { operations as health } from "@/app/api/health/openapi";
import { operations as action } from "@/app/api/v1/actions/[id]/openapi";
import { operations as changes } from "@/app/api/v1/changes/openapi";
import { operations as domain } from "@/app/api/v1/domains/[name]/openapi";
import { operations as domains } from "@/app/api/v1/domains/openapi";
import { operations as importStart } from "@/app/api/v1/imports/[id]/start/openapi";
import { operations as importOne } from "@/app/api/v1/imports/[id]/openapi";
import { operations as imports } from "@/app/api/v1/imports/openapi";
import { operations as messages } from "@/app/api/v1/messages/openapi";
import { operations as notificationRead } from "@/app/api/v1/notifications/[id]/read/openapi";
import { operations as notifications } from "@/app/api/v1/notifications/openapi";
import { operations as notificationsReadAll } from "@/app/api/v1/notifications/read-all/openapi";
import { operations as openapi } from "@/app/api/v1/openapi.json/openapi";
import { operations as webhookDeliveries } from "@/app/api/v1/webhooks/[id]/deliveries/openapi";
import { operations as webhook } from "@/app/api/v1/webhooks/[id]/openapi";
import { operations as webhooks } from "@/app/api/v1/webhooks/openapi";
import { operations as intake } from "@/app/api/intake/[token]/openapi";
import { operations as inboundConfirm } from "@/app/api/v1/inbound/[id]/confirm/openapi";
import { operations as inboundReject } from "@/app/api/v1/inbound/[id]/reject/openapi";
import { operations as inbound } from "@/app/api/v1/inbound/openapi";
import { operations as intakeChannel } from "@/app/api/v1/intake-channels/[id]/openapi";
import { operations as intakeChannels } from "@/app/api/v1/intake-channels/openapi";
import type { ApiOperation } from "./registry";

export const OPERATIONS_BY_ROUTE: Record<string, ApiOperation[]> = {
  "app/api/health/route.ts": health,
  "app/api/v1/actions/[id]/route.ts": action,
  "app/api/v1/changes/route.ts": changes,
  "app/api/v1/domains/route.ts": domains,
  "app/api/v1/domains/[name]/route.ts": domain,
  "app/api/v1/imports/route.ts": imports,
  "app/api/v1/imports/[id]/route.ts": importOne,
  "app/api/v1/imports/[id]/start/route.ts": importStart,
  "app/api/v1/messages/route.ts": messages,
  "app/api/v1/openapi.json/route.ts": openapi,
  "app/api/v1/notifications/route.ts": notifications,
  "app/api/v1/notifications/[id]/read/route.ts": notificationRead,
  "app/api/v1/notifications/read-all/route.ts": notificationsReadAll,
  "app/api/v1/webhooks/route.ts": webhooks,
  "app/api/v1/webhooks/[id]/route.ts": webhook,
  "app/api/v1/webhooks/[id]/deliveries/route.ts": webhookDeliveries,
  "app/api/intake/[token]/route.ts": intake,
  "app/api/v1/intake-channels/route.ts": intakeChannels,
  "app/api/v1/intake-channels/[id]/route.ts": intakeChannel,
  "app/api/v1/inbound/route.ts": inbound,
  "app/api/v1/inbound/[id]/confirm/route.ts": inboundConfirm,
  "app/api/v1/inbound/[id]/reject/route.ts": inboundReject,
};

/**
 * Route files that are not part of the integration API, and why. Only these may lack an operation.
 */
export const UNDOCUMENTED_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's browser sign-in protocol (CSRF token, credentials callback, session); integrations use API tokens.",
  "app/api/[...path]/route.ts": "Any /api path no route serves: 404 not_found in the JSON error shape.",
};
