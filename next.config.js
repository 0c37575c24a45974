import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder, and the
  // native argon2 binding is a .node file: both must be required at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg"],
  // A separate build folder lets two checkouts' test runs build side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Typecheck and lint run as their own steps of `npm test`; the build does not repeat them.
  typescript: { ignoreBuildErrors: true },
};

export default withNextIntl(nextConfig);
