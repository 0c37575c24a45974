// The ICP catalogue (lib/icp/catalogue.ts) in the user's language, for pages.
import { ACTION_CATALOGUE, MESSAGE_KIND_CATALOGUE, STATUS_CATALOGUE, type LocalizedText } from "@/lib/icp/catalogue";
import type { ActionKey, DomainStatus, MessageKind, StatusTone } from "@/lib/icp/kinds";
import type { Locale } from "./locales";

export function localized(text: LocalizedText, locale: Locale): string {
  return locale === "zh-CN" ? text.zh : text.en;
}

export function statusTitle(status: DomainStatus, locale: Locale): string {
  return localized(STATUS_CATALOGUE[status].title, locale);
}

export function statusTone(status: DomainStatus): StatusTone {
  return STATUS_CATALOGUE[status].tone;
}

export function actionTitle(key: ActionKey, locale: Locale): string {
  return localized(ACTION_CATALOGUE[key].title, locale);
}

export function messageKindTitle(kind: MessageKind, locale: Locale): string {
  return localized(MESSAGE_KIND_CATALOGUE[kind].title, locale);
}
