// How the app uses its PostgreSQL connections, from the environment (README,
// "Configuration"; docs/decisions/0006). Invalid values fall back to the defaults with a
// warning rather than stopping the app.

export type DatabaseSettings = {
  /** Connections per app instance (pg pool size). */
  poolSize: number;
  /** How long a transaction may wait for a free connection before it is refused (503). */
  transactionMaxWaitMs: number;
  /** How long a transaction may run, waiting for a domain's row lock included. */
  transactionTimeoutMs: number;
  /** How long a query outside a transaction may wait for a connection, and a new connection may take to open. */
  connectTimeoutMs: number;
  /** How long a writer may wait in its domain's queue in this process before it is refused (503). */
  domainQueueWaitMs: number;
};

export const DEFAULT_DATABASE_SETTINGS: DatabaseSettings = {
  poolSize: 10,
  transactionMaxWaitMs: 10_000,
  transactionTimeoutMs: 15_000,
  connectTimeoutMs: 10_000,
  domainQueueWaitMs: 60_000,
};

const VARIABLES: Record<keyof DatabaseSettings, string> = {
  poolSize: "DATABASE_POOL_SIZE",
  transactionMaxWaitMs: "DATABASE_TRANSACTION_MAX_WAIT_MS",
  transactionTimeoutMs: "DATABASE_TRANSACTION_TIMEOUT_MS",
  connectTimeoutMs: "DATABASE_CONNECT_TIMEOUT_MS",
  domainQueueWaitMs: "DATABASE_DOMAIN_QUEUE_WAIT_MS",
};

export function databaseSettings(env: Record<string, string | undefined> = process.env): DatabaseSettings {
  const settings = { ...DEFAULT_DATABASE_SETTINGS };
  for (const key of Object.keys(VARIABLES) as (keyof DatabaseSettings)[]) {
    const raw = env[VARIABLES[key]]?.trim();
    if (!raw) continue;
    const value = Number(raw);
    if (Number.isInteger(value) && value > 0 && value <= 10_000_000) settings[key] = value;
    else console.warn(`${VARIABLES[key]}="${raw}" is not a positive whole number; using ${settings[key]}.`);
  }
  return settings;
}
