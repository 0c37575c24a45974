// What a user-management form gets back from its server action: a message for the form,
// one per field beside the field, nothing that was typed (the inputs keep their own
// values, passwords included, so nothing is lost and no password travels back).
export type UserField = "email" | "name" | "role" | "account" | "password" | "passwordConfirm";

export type UserFormState = {
  status: "idle" | "error" | "saved";
  message?: string;
  fields?: Partial<Record<UserField, string>>;
  /** Changes on every answer, so a form can tell two equal answers apart. */
  at?: number;
};

export const IDLE: UserFormState = { status: "idle" };
