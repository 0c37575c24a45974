import { hash, verify } from "@node-rs/argon2";

// argon2id (the library's default) with its default cost: 19 MiB memory, 2 passes,
// one lane — OWASP's minimum recommendation for argon2id.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash is a failed sign-in, never a crash.
    return false;
  }
}

/** A well-formed hash to verify against when the email is unknown, so timing does not tell. */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash("decoy password that no account has");
  return decoyHash;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordWeakness(password: string, email?: string): string | null {
  if (password.length < 12) return "The password must be at least 12 characters long.";
  if (password.length > 200) return "The password must be at most 200 characters long.";
  if (new Set(password).size < 6) return "The password repeats too few different characters.";
  if (email && password.toLowerCase().includes(email.split("@")[0]!.toLowerCase())) {
    return "The password must not contain the email address.";
  }
  return null;
}
