import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type Segment } from "@/lib/i18n/client-messages";

/**
 * Hands the client components of one folder of app/ the messages they read (with those of the
 * root and of the folders around it), and no others (lib/i18n/client-messages.ts): the pages'
 * payloads carry their own strings only.
 */
export async function SegmentMessages({ segment, children }: { segment: Segment; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), segment)}>{children}</NextIntlClientProvider>;
}
