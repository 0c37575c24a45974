"use server";
import { revalidatePath } from "next/cache";
import { can } from "@/lib/auth/permissions";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db";
import { actorFromUser } from "@/lib/use-cases/actor";
import { createDomain } from "@/lib/use-cases/create-domain";
import { moveDomain, updateDomainFiling } from "@/lib/use-cases/manage-domains";
import { adminFailure, formValues, type AdminFormState } from "../accounts/form-state";

async function domainAdmin() {
  const user = await getCurrentUser();
  return user && can(user.role, "accounts:manage") ? user : null;
}

const NOT_ALLOWED = "Only admins manage domains.";

export async function addDomainAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const seq = previous.seq + 1;
  const values = formValues(form, ["name", "account"]);
  const user = await domainAdmin();
  if (!user) return { status: "error", seq, message: NOT_ALLOWED, fields: {}, values };
  try {
    const created = await createDomain(await prisma(), {
      actor: actorFromUser(user),
      input: { name: values.name ?? "", account: values.account ?? "" },
      now: new Date(),
    });
    revalidatePath("/", "layout");
    return { status: "saved", seq, name: created.name };
  } catch (error) {
    return adminFailure(seq, error, values);
  }
}

export async function moveDomainAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const seq = previous.seq + 1;
  const values = formValues(form, ["domain", "account"]);
  const user = await domainAdmin();
  if (!user) return { status: "error", seq, message: NOT_ALLOWED, fields: {}, values };
  try {
    const result = await moveDomain(await prisma(), {
      actor: actorFromUser(user),
      domainName: values.domain ?? "",
      input: { account: values.account ?? "" },
      now: new Date(),
    });
    revalidatePath("/", "layout");
    return { status: "saved", seq, unchanged: !result.changed };
  } catch (error) {
    return adminFailure(seq, error, values);
  }
}

export async function updateFilingAction(previous: AdminFormState, form: FormData): Promise<AdminFormState> {
  const seq = previous.seq + 1;
  const values = formValues(form, ["domain", "icpNumber", "icpEntityNumber", "filingType", "providerStage"]);
  const user = await domainAdmin();
  if (!user) return { status: "error", seq, message: NOT_ALLOWED, fields: {}, values };
  try {
    const result = await updateDomainFiling(await prisma(), {
      actor: actorFromUser(user),
      domainName: values.domain ?? "",
      input: {
        icpNumber: values.icpNumber ?? "",
        icpEntityNumber: values.icpEntityNumber ?? "",
        filingType: values.filingType ?? "",
        providerStage: values.providerStage ?? "",
      },
      now: new Date(),
    });
    revalidatePath("/", "layout");
    return { status: "saved", seq, unchanged: !result.changed };
  } catch (error) {
    return adminFailure(seq, error, values);
  }
}
