// Runs a command-line script to the end: prints an error without a stack trace
// (unless DEBUG is set) and exits explicitly, because the schema engine leaves a
// ten-second timer behind that would otherwise keep the process alive.
export async function runScript(main: () => Promise<void>): Promise<never> {
  try {
    await main();
    process.exit(0);
  } catch (error) {
    console.error(process.env.DEBUG ? error : `Error: ${(error as Error).message}`);
    process.exit(1);
  }
}

export function isMainModule(metaUrl: string): boolean {
  return metaUrl === `file://${process.argv[1]}`;
}
