// The smoke calls through openapi-fetch, typed by openapi-typescript's output for the published spec
// (tests/consumers/test_openapi_typescript.py compiles and runs this with node against a sandbox on 127.0.0.1).
// Written as a user would: the spec's path keys, a field expression string, JSON text for list filters.
import createClient from "openapi-fetch";
import type { paths } from "./schema.js";

declare const process: { env: Record<string, string | undefined> }; // no @types/node needed for this

const env = (name: string): string => {
  const value = process.env[`WABA_SMOKE_${name}`];
  if (value === undefined) throw new Error(`WABA_SMOKE_${name} is not set`);
  return value;
};

const wabaId = env("WABA_ID");
const templateId = env("TEMPLATE_ID");
const client = createClient<paths>({
  baseUrl: env("API_ROOT"),
  headers: { Authorization: `Bearer ${env("TOKEN")}` },
});

type Outcome = { call: string; ok: boolean; detail: string };
const outcomes: Outcome[] = [];
const record = (call: string, ok: boolean, detail: unknown) =>
  outcomes.push({ call, ok, detail: JSON.stringify(detail).slice(0, 300) });

const account = await client.GET("/{waba-id}", {
  params: { path: { "waba-id": wabaId }, query: { fields: "id,name" } },
});
record("getWhatsAppBusinessAccount", account.data?.id === wabaId && !!account.data?.name, account.data ?? account.error);

const template = await client.GET("/{template-id}/", {
  params: { path: { "template-id": templateId }, query: { fields: "id,name,status" } },
});
record("getMessageTemplate", template.data?.id === templateId && !!template.data?.name, template.data ?? template.error);

const page = await client.GET("/{waba-id}/message_templates", {
  params: { path: { "waba-id": wabaId }, query: { category: JSON.stringify(["MARKETING"]), limit: 5 } },
});
const categories = new Set((page.data?.data ?? []).map((item) => item.category));
record(
  "listMessageTemplates",
  page.data?.data.length === 5 && categories.size === 1 && categories.has("MARKETING"),
  [...categories],
);

const analytics = await client.GET("/{waba-id}/conversation_analytics", {
  params: {
    path: { "waba-id": wabaId },
    query: {
      start: 1719878400,
      end: 1720396800,
      granularity: "DAILY",
      phone_numbers: JSON.stringify([env("PHONE_NUMBER")]),
    },
  },
});
record("getConversationAnalytics", (analytics.data?.data.length ?? 0) > 0, analytics.data ?? analytics.error);

const updated = await client.POST("/{template-id}/", {
  params: { path: { "template-id": templateId } },
  body: {
    components: [{ type: "BODY", text: "Hello {{1}}, your order has shipped.", example: { body_text: [["Pablo"]] } }],
  },
});
record("updateMessageTemplate", updated.data?.success === true, updated.data ?? updated.error);

console.log(JSON.stringify(outcomes));
