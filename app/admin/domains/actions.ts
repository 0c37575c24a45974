"use server";
import { revalidatePath } from "next/cache";
import { formTexts, runServerAction } from "@/lib/actions/server-action";
import { createDomain, ZCreateDomainInput } from "@/lib/use-cases/create-domain";
import { moveDomain, updateDomainFiling, ZDomainFilingInput, ZMoveDomainInput } from "@/lib/use-cases/manage-domains";
import { adminFormState, type AdminFormState } from "../accounts/form-state";

export async function addDomainAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = formTexts(form, ["name", "account"]);
  const outcome = await runServerAction(form, {
    name: "addDomain",
    permission: "accounts:manage",
    schema: ZCreateDomainInput,
    read: () => values,
    run: ({ db, actor, input, now }) => createDomain(db, { actor, input, now }),
  });
  if (outcome.ok) revalidatePath("/", "layout");
  return adminFormState(previous, outcome, values, (created) => ({ name: created.name }));
}

export async function moveDomainAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = formTexts(form, ["domain", "account"]);
  const outcome = await runServerAction(form, {
    name: "moveDomain",
    permission: "accounts:manage",
    schema: ZMoveDomainInput,
    read: () => ({ account: values.account }),
    run: ({ db, actor, input, now }) => moveDomain(db, { actor, domainName: values.domain, input, now }),
  });
  if (outcome.ok) revalidatePath("/", "layout");
  return adminFormState(previous, outcome, values, (result) => ({ unchanged: !result.changed }));
}

export async function updateFilingAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const values = formTexts(form, ["domain", "icpNumber", "icpEntityNumber", "filingType", "providerStage"]);
  const outcome = await runServerAction(form, {
    name: "updateFiling",
    permission: "accounts:manage",
    schema: ZDomainFilingInput,
    read: () => ({
      icpNumber: values.icpNumber,
      icpEntityNumber: values.icpEntityNumber,
      filingType: values.filingType,
      providerStage: values.providerStage,
    }),
    run: ({ db, actor, input, now }) => updateDomainFiling(db, { actor, domainName: values.domain, input, now }),
  });
  if (outcome.ok) revalidatePath("/", "layout");
  return adminFormState(previous, outcome, values, (result) => ({ unchanged: !result.changed }));
}
