import { getLocale, getTranslations } from "@/lib/i18n/server";
import { requirePermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { listApiTokens } from "@/lib/queries/admin-tokens";
import { CreateTokenForm, RevokeTokenForm } from "./token-forms";
import "../messages/admin.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("tokens");

export default async function TokensPage() {
  const user = await requirePermission("tokens:manage");
  const t = await getTranslations("admin.tokens");
  const locale = (await getLocale()) as Locale;
  const tokens = await listApiTokens(await prisma(), user);
  const now = new Date();
  return (
    <div className="stack admin-page">
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <CreateTokenForm activeTokenIds={tokens.filter((token) => !token.revokedAt).map((token) => token.id)} />
      <h2>{t("listHeading")}</h2>
      {tokens.length ? (
        <div className="table-wrap">
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t("columnName")}</th>
                <th scope="col">{t("columnPrefix")}</th>
                <th scope="col">{t("columnScope")}</th>
                <th scope="col">{t("columnExpires")}</th>
                <th scope="col">{t("columnCreated")}</th>
                <th scope="col">{t("columnLastUsed")}</th>
                <th scope="col">{t("columnStatus")}</th>
                <th scope="col">{t("columnRevoke")}</th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id} data-token-name={token.name}>
                  <td data-label={t("columnName")} className="cell-primary">{token.name}</td>
                  <td data-label={t("columnPrefix")}>
                    <code>{token.prefix}…</code>
                  </td>
                  <td data-label={t("columnScope")} data-testid="token-scope">{t(`scopeName.${token.scope}`)}</td>
                  <td data-label={t("columnExpires")} data-testid="token-expires">
                    {token.expiresAt ? formatDateTime(token.expiresAt, locale) : t("expiryNever")}
                  </td>
                  <td data-label={t("columnCreated")}>
                    {formatDateTime(token.createdAt, locale)}
                    <br />
                    <span className="muted small">{token.createdBy ? token.createdBy.email : t("deletedUser")}</span>
                  </td>
                  <td data-label={t("columnLastUsed")} data-testid="last-used">{token.lastUsedAt ? formatDateTime(token.lastUsedAt, locale) : t("neverUsed")}</td>
                  <td data-label={t("columnStatus")} data-testid="token-status">
                    {token.revokedAt
                      ? t("revokedAt", { time: formatDateTime(token.revokedAt, locale) })
                      : token.expiresAt && token.expiresAt.getTime() <= now.getTime()
                        ? t("expired")
                        : t("active")}
                  </td>
                  <td data-label={t("columnRevoke")}>{token.revokedAt ? null : <RevokeTokenForm tokenId={token.id} name={token.name} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="empty">{t("empty")}</p>
      )}
    </div>
  );
}
