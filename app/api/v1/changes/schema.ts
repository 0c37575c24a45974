import { z } from "zod";

export const ZChangesQuery = z.object({
  domain: z
    .string()
    .max(300)
    .optional()
    .meta({ description: "A domain (any form the dashboard's URL accepts); omitted: the caller's whole domain list.", example: "acme-cloud.com" }),
});

export const ZChangesResponse = z.object({
  version: z.string().meta({ description: "Opaque; compare for equality only. The same value is sent as the ETag.", example: "q3h2Vd0mGm1m7nq1o6x0bQ" }),
});
