// npm run user:create -- --email a@b.c --role admin [--name "…"] [--account "Acme Trading"]
// Creates a user — a production deployment's first admin — through the same use case as
// the admin pages, so the same rules hold (strong password, customers in one existing
// account, staff in none) and the change is audited, as "system (cli)".
// The password comes from NEW_USER_PASSWORD or, on a terminal, a hidden prompt asked twice;
// never from the command line, where it would land in the shell history and `ps`.
import { parseArgs } from "node:util";
import { passwordWeakness } from "../lib/auth/password";
import { describeTarget, openDatabase } from "../lib/db/connect";
import { AppError } from "../lib/errors";
import { Role } from "../lib/generated/prisma/enums";
import type { Actor } from "../lib/use-cases/actor";
import { createUser } from "../lib/use-cases/manage-users";
import { isMainModule, runScript } from "./lib/run";

const USAGE = `Usage: npm run user:create -- --email <email> --role <customer|agent|admin> [--name "<name>"] [--account "<account name>"]
The password is read from NEW_USER_PASSWORD, or asked for (twice, hidden) on a terminal.`;

/**
 * Whoever can run this holds the database's credentials and so every power over it; the
 * audit names them "system (cli)".
 */
export const CLI_ACTOR: Actor = { userId: null, label: "system (cli)", role: "admin", accountId: null };

export type UserCreateArgs = { email: string; role: Role; name: string; account: string | undefined };

export function parseUserCreateArgs(argv: string[]): UserCreateArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      email: { type: "string" },
      role: { type: "string" },
      name: { type: "string" },
      account: { type: "string" },
    },
    strict: true,
    allowPositionals: false,
  });
  if (!values.email) throw new Error(`--email is required.\n${USAGE}`);
  if (!values.role || !(Object.values(Role) as string[]).includes(values.role)) {
    throw new Error(`--role must be customer, agent or admin.\n${USAGE}`);
  }
  const role = values.role as Role;
  return {
    email: values.email.trim().toLowerCase(),
    role,
    // The name defaults to the email's local part; admins can rename later.
    name: values.name?.trim() || values.email.trim().split("@")[0]!,
    account: values.account?.trim() || undefined,
  };
}

/** Reads one line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve, reject) => {
    process.stdout.write(question);
    let value = "";
    const finish = (error?: Error) => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.off("data", onData);
      process.stdout.write("\n");
      if (error) reject(error);
      else resolve(value);
    };
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\r" || char === "\n") return finish();
        if (char === "\u0003" || char === "\u0004") return finish(new Error("Cancelled."));
        if (char === "\u007f" || char === "\b") value = value.slice(0, -1);
        else if (char >= " ") value += char;
      }
    };
    stdin.setRawMode(true);
    stdin.resume();
    stdin.on("data", onData);
  });
}

export async function readNewPassword(email: string): Promise<string> {
  const fromEnv = process.env.NEW_USER_PASSWORD;
  if (fromEnv !== undefined && fromEnv !== "") return fromEnv;
  if (!process.stdin.isTTY) {
    throw new Error("Set NEW_USER_PASSWORD, or run this in a terminal to be asked for the password.");
  }
  for (;;) {
    const first = await promptHidden("Password (at least 12 characters): ");
    const weakness = passwordWeakness(first, email);
    if (weakness) {
      console.error(weakness);
      continue;
    }
    const second = await promptHidden("Repeat the password: ");
    if (first === second) return first;
    console.error("The two passwords differ; try again.");
  }
}

function explain(error: unknown): Error {
  if (error instanceof AppError) {
    const details = Object.values(error.fields ?? {}).filter((text) => text !== error.message);
    return new Error([error.message, ...details].join(" "));
  }
  if (error && typeof error === "object" && "issues" in error) {
    const issues = (error as { issues: { path: PropertyKey[]; message: string }[] }).issues;
    return new Error(issues.map((issue) => `--${String(issue.path[0] ?? "input")}: ${issue.message}`).join(" "));
  }
  return error as Error;
}

if (isMainModule(import.meta.url)) {
  await runScript(async () => {
    const args = parseUserCreateArgs(process.argv.slice(2));
    const password = await readNewPassword(args.email);
    const db = await openDatabase();
    try {
      const user = await createUser(db.prisma, {
        actor: CLI_ACTOR,
        now: new Date(),
        input: { email: args.email, name: args.name, role: args.role, account: args.account, password },
      }).catch((error: unknown) => {
        throw explain(error);
      });
      console.log(
        `Created ${user.role} ${user.email}${user.accountName ? ` in account "${user.accountName}"` : ""} in the ${describeTarget(db.target)}.`,
      );
    } finally {
      await db.close();
    }
  });
}
