import { describe } from "vitest";
import { readAt } from "./families";

/**
 * The families the twenty-fourth blind batch (Z2-…) missed, each fixed by a rule about the domain; the texts here are our
 * own, in other registers, providers, numbers and details, none a copy of a Z2- text (docs/classifier.md, "The Z round").
 * Beside each family stand lookalikes that must stay unknown or keep their kind.
 */
const { itReadsKinds, itStaysUnknown } = readAt("2026-06-01T00:00:00Z");

describe("Z round: a job's log line says its event as key=value fields", () => {
  itReadsKinds([
    ["provider_returned", "2026-06-10 09:12:03 WARN icp-watch provider=ctyun order=TY-5521 domain=hillside.cn status=INITIAL_REVIEW_REJECTED note=\"ID scan unreadable\""],
    ["authority_rejected", "2026-06-10 09:12:03 INFO icp-poller domain=hillside.cn stage=bureau_review -> bureau_rejected"],
    ["filing_submitted", "2026-06-10T09:12:03Z INFO beian-sync order=AL-7781 domain=lakeview.cn event=order_submitted stage=pending_first_review"],
    ["record_changed", "2026-06-10 03:00:00 INFO icp-poller entity=浙ICP备2026012345号 change_detected=contact_updated"],
  ]);
  itStaysUnknown([
    // Fields that name no event of the filing.
    "2026-06-10 03:00:00 INFO icp-poller run=42 domains=118 status=OK duration=3.2s",
  ]);
});

describe("Z round: a change approved is the change, whatever it is called", () => {
  itReadsKinds([
    ["record_changed", "Dear customer, the amendment you requested on 2 June has been approved by the Zhejiang Communications Administration; the website leader is now Wang Fang."],
    ["record_changed", "The ICP modification we submitted for hillside.cn was approved by the bureau this morning."],
    // An approval with no change keeps its kind.
    ["filing_approved", "Your ICP filing for hillside.cn has been approved by the Zhejiang Communications Administration."],
  ]);
});

describe("Z round: an agency's advertisement is no notice", () => {
  itStaysUnknown([
    "专业代办ICP备案、EDI许可证，包拿证！空壳网站处理、备案注销恢复均可承接，欢迎咨询，电话同号：138****0000",
    "We handle your ICP filings for you — empty-shell clean-ups, cancellations reversed, licences in 20 days. DM us.",
  ]);
  itReadsKinds([
    // A provider's notice that ends with a friendly line keeps its kind.
    ["filing_invalid", "【天翼云】您的网站 hillside.cn 被核查为空壳网站，请于2026年6月30日前处理。如有疑问欢迎咨询。"],
  ]);
});

describe("Z round: a relayed message with a question to a colleague after it", () => {
  itReadsKinds([
    ["filing_invalid", "【转】天翼云发来的：“您的网站 hillside.cn 已被标记为空壳网站，请于6月30日前恢复解析。”\n王经理，这个站是不是已经停用了？"],
    ["footer_notice", "Volcano flagged lakeview.cn: the footer shows the ICP number as plain text, it must link to beian.miit.gov.cn by 30 June. Can design take this?"],
  ]);
  itStaysUnknown([
    // A question why keeps the writer's question.
    "【转】天翼云发来的：“您的网站 hillside.cn 已被标记为空壳网站。”\n王经理，为什么会被标记？",
  ]);
});

describe("Z round: other spellings of approval, return, withdrawal, cancellation and its confirmation", () => {
  itReadsKinds([
    ["filing_approved", "Beian approved for lakeview.cn, number 沪ICP备2026001122号-1 — finally!"],
    ["provider_returned", "Hello, our initial reviewer has kicked your filing for hillside.cn back: the ID photo is blurred. Please re-upload and submit again."],
    ["access_cancelled", "China Telecom Cloud has withdrawn the ICP access for hillside.cn as of 1 June 2026; the filing has no access provider now."],
    ["icp_number_cancelled", "Heads up: hillside.cn has lost its ICP number, the public query shows it as not filed since Monday."],
    ["cancellation_verification", "MIIT sent the owner a confirmation link for the website cancellation of hillside.cn; it expires in 24 hours."],
    ["cancellation_verification", "Got the text about cancelling the ICP filing for lakeview.cn, the code is 5520 19, can you confirm it today?"],
    ["authority_rejected", "Sorry to say the Zhejiang Communications Administration returned your filing (case #ZJ-20260610) with the note: the site name is too general."],
    ["verification_code", "SMS from 106598051001: you are applying to change the ICP filing of hillside.cn; verify within 24 hours with code 604218."],
    ["rectification_notice", "The ICP record for hillside.cn lists the website leader's phone as 0571-0000, which is no longer valid. Please correct it by 30 June 2026."],
  ]);
  itReadsKinds([
    // The footer lost the number: the footer's problem, not the number's cancellation (D-075's family).
    ["footer_notice", "The redesign dropped it: the footer on hillside.cn lost its ICP number, please put it back by Friday."],
  ]);
});
