import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "@/lib/i18n/server";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listIntakeChannels } from "@/lib/intake/channels";
import { CreateChannelForm, RevokeChannelForm } from "./channel-forms";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("intake");

/** A customer's (or, for every account, an admin's) intake channels: create, see last use, revoke. */
export default async function IntakeChannelsPage() {
  const user = await requireUser();
  const staff = can(user.role, "intake:manage_any");
  if (!staff && !can(user.role, "intake:manage_own")) notFound();
  const channels = await listIntakeChannels(await prisma(), user);
  const locale = (await getLocale()) as Locale;
  const t = await getTranslations("intake.channels");
  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href={staff ? "/staff/inbox" : "/inbound"}>{t("toInbox")}</Link>
      </p>
      <CreateChannelForm askAccount={staff} />
      <h2>{t("listHeading")}</h2>
      {channels.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t("listHeading")}>
          <table>
            <thead>
              <tr>
                <th scope="col">{t("name")}</th>
                {staff ? <th scope="col">{t("account")}</th> : null}
                <th scope="col">{t("createdAt")}</th>
                <th scope="col">{t("lastUsedAt")}</th>
                <th scope="col">{t("state")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("revoke")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {channels.map((c) => (
                <tr key={c.id}>
                  <td>{c.name}</td>
                  {staff ? <td>{c.account}</td> : null}
                  <td>{formatDateTime(new Date(c.createdAt), locale)}</td>
                  <td>{c.lastUsedAt ? formatDateTime(new Date(c.lastUsedAt), locale) : t("never")}</td>
                  <td>
                    {c.revokedAt ? t("revokedAt", { time: formatDateTime(new Date(c.revokedAt), locale) }) : t("active")}
                    {!c.revokedAt && !c.secretReadable ? <span className="field-error"> {t("secretUnreadable")}</span> : null}
                  </td>
                  <td>{c.revokedAt ? null : <RevokeChannelForm channelId={c.id} name={c.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
