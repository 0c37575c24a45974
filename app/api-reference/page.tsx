import { getTranslations } from "@/lib/i18n/server";
import { requireUser } from "@/lib/auth/session";
import { openApiDocument } from "@/lib/openapi/document";
import styles from "./reference.module.css";
import { titled } from "@/lib/i18n/metadata";

export const generateMetadata = titled("apiReference");

type Json = Record<string, unknown>;

/** "#/components/schemas/Domain" → "Domain" */
function refName(ref: unknown): string | null {
  return typeof ref === "string" ? (ref.split("/").pop() ?? null) : null;
}

/** A short type for a table cell: `string`, `integer`, `Domain`, `Action[]`, `"a" | "b"`. */
function typeOf(schema: Json | undefined): string {
  if (!schema) return "";
  const ref = refName(schema.$ref);
  if (ref) return ref;
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Json[]).map(typeOf).join(" | ");
  if (schema.type === "array") return `${typeOf(schema.items as Json)}[]`;
  if (Array.isArray(schema.type)) return schema.type.join(" | ");
  return String(schema.type ?? "any");
}

function SchemaTable({ schema, label }: { schema: Json; label: string }) {
  const properties = (schema.properties ?? {}) as Record<string, Json>;
  const required = new Set((schema.required as string[] | undefined) ?? []);
  if (!Object.keys(properties).length) return <p className={styles.type}>{typeOf(schema)}</p>;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={label}>
      <table className={styles.table}>
        <tbody>
          {Object.entries(properties).map(([name, property]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
                {required.has(name) ? <span className={styles.required}>*</span> : null}
              </th>
              <td>
                <code>{typeOf(property)}</code>
              </td>
              <td>{typeof property.description === "string" ? property.description : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The OpenAPI document as a page: every operation with its parameters, body, answers and
 * examples, and every schema. Rendered on the server from the same document as
 * /api/v1/openapi.json; nothing is loaded from another host.
 */
export default async function ApiReferencePage() {
  await requireUser();
  const t = await getTranslations("apiReference");
  const document = openApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ path, method, op: op as Json })),
  );

  return (
    <section className="stack">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <p>
        <a href="/api/v1/openapi.json">{t("download")}</a>
      </p>
      <nav aria-label={t("contents")}>
        <ul className={styles.toc}>
          {operations.map(({ path, method, op }) => (
            <li key={`${method} ${path}`}>
              <a href={`#${String(op.operationId)}`}>
                <span className={styles.method}>{method.toUpperCase()}</span> <code>{path}</code>
              </a>{" "}
              {String(op.summary ?? "")}
            </li>
          ))}
        </ul>
      </nav>

      {operations.map(({ path, method, op }) => {
        const parameters = (op.parameters ?? []) as Json[];
        const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
        const responses = op.responses as Record<string, Json>;
        const examples = (op["x-examples"] ?? []) as Json[];
        const open = Array.isArray(op.security) && op.security.length === 0;
        return (
          <article key={`${method} ${path}`} id={String(op.operationId)} className="panel">
            <h2>
              <span className={styles.method}>{method.toUpperCase()}</span> <code>{path}</code>
            </h2>
            <p>
              <strong>{String(op.summary ?? "")}</strong> {open ? <span className={styles.badge}>{t("noCredentials")}</span> : null}
            </p>
            {op.description ? <p>{String(op.description)}</p> : null}

            {parameters.length ? (
              <>
                <h3>{t("parameters")}</h3>
                <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("parameters")}>
                  <table className={styles.table}>
                    <thead>
                      <tr>
                        <th scope="col">{t("name")}</th>
                        <th scope="col">{t("in")}</th>
                        <th scope="col">{t("type")}</th>
                        <th scope="col">{t("description")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {parameters.map((p) => (
                        <tr key={`${String(p.in)} ${String(p.name)}`}>
                          <th scope="row">
                            <code>{String(p.name)}</code>
                            {p.required ? <span className={styles.required}>*</span> : null}
                          </th>
                          <td>{String(p.in)}</td>
                          <td>
                            <code>{typeOf(p.schema as Json)}</code>
                          </td>
                          <td>{typeof p.description === "string" ? p.description : ""}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            ) : null}

            {body
              ? Object.entries(body).map(([type, media]) => (
                  <div key={type}>
                    <h3>
                      {t("body")} <code>{type}</code>
                    </h3>
                    <SchemaTable schema={media.schema as Json} label={`${t("body")} ${type}`} />
                  </div>
                ))
              : null}

            <h3>{t("responses")}</h3>
            <ul>
              {Object.entries(responses).map(([status, response]) => {
                const schema = (response.content as Record<string, Json> | undefined)?.["application/json"]?.schema as Json | undefined;
                return (
                  <li key={status}>
                    <code>{status}</code> {String(response.description ?? "")} {schema ? <code>{typeOf(schema)}</code> : null}
                  </li>
                );
              })}
            </ul>

            {examples.length ? (
              <>
                <h3>{t("examples")}</h3>
                {examples.map((example, index) => (
                  <details key={index}>
                    <summary>
                      {String(example.summary)} → <code>{String(example.status)}</code>
                    </summary>
                    <pre className={styles.code}>{JSON.stringify(example, null, 2)}</pre>
                  </details>
                ))}
              </>
            ) : null}
          </article>
        );
      })}

      <h2>{t("schemas")}</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => (
        <article key={name} id={`schema-${name}`} className="panel">
          <h3>
            <code>{name}</code>
          </h3>
          <SchemaTable schema={schema} label={name} />
        </article>
      ))}
    </section>
  );
}
