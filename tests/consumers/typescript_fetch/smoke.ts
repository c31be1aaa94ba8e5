// openapi-generator's typescript-fetch client for the published spec, used as its users would
// (tests/consumers/test_openapi_generator_typescript_fetch.py compiles and runs this with node):
// every recorded answer and spec example through the generated `<Model>FromJSON`, then the smoke calls.
import * as client from "./client/index";

declare const process: { env: Record<string, string | undefined>; exitCode?: number };
declare function require(name: string): { readFileSync(path: string, encoding: string): string };

const env = (name: string): string => {
  const value = process.env[`WABA_SMOKE_${name}`];
  if (value === undefined) throw new Error(`WABA_SMOKE_${name} is not set`);
  return value;
};

type Parser = (json: unknown) => unknown;
const parsers = client as unknown as Record<string, Parser>;

function parseDocuments(): string[] {
  const documents: [string, string, unknown][] = JSON.parse(require("fs").readFileSync(env("DOCUMENTS"), "utf-8"));
  const failures: string[] = [];
  for (const [source, schema, body] of documents) {
    try {
      if (schema === "BatchResponse[]") {
        (body as unknown[]).map((item) => (item === null ? null : parsers.BatchResponseFromJSON(item)));
      } else if (typeof parsers[`${schema}FromJSON`] !== "function") {
        failures.push(`${source}: no ${schema}FromJSON`);
      } else if (parsers[`${schema}FromJSON`](body) === undefined) {
        failures.push(`${source}: ${schema}FromJSON gave undefined`);
      }
    } catch (error) {
      failures.push(`${source} as ${schema}: ${String(error).slice(0, 200)}`);
    }
  }
  return failures;
}

async function smoke(): Promise<{ call: string; ok: boolean; detail: string }[]> {
  const configuration = new client.Configuration({ basePath: env("API_ROOT"), accessToken: env("TOKEN") });
  const accounts = new client.WhatsAppBusinessAccountsApi(configuration);
  const templates = new client.MessageTemplatesApi(configuration);
  const analytics = new client.AnalyticsApi(configuration);
  const wabaId = env("WABA_ID");
  const templateId = env("TEMPLATE_ID");
  const outcomes: { call: string; ok: boolean; detail: string }[] = [];
  const record = (call: string, ok: boolean, detail: unknown) =>
    outcomes.push({ call, ok, detail: JSON.stringify(detail).slice(0, 300) });

  const account = await accounts.getWhatsAppBusinessAccount({ wabaId, fields: "id,name" });
  record("getWhatsAppBusinessAccount", account.id === wabaId && !!account.name, account);
  const template = await templates.getMessageTemplate({ templateId, fields: "id,name,status" });
  record("getMessageTemplate", template.id === templateId && !!template.name, template);
  const page = await templates.listMessageTemplates({ wabaId, category: JSON.stringify(["MARKETING"]), limit: 5 });
  const categories = new Set(page.data.map((item) => item.category));
  record("listMessageTemplates", page.data.length === 5 && categories.size === 1 && categories.has("MARKETING"), [
    ...categories,
  ]);
  const numbers = await analytics.getConversationAnalytics({
    wabaId,
    start: 1719878400,
    end: 1720396800,
    granularity: client.AnalyticsGranularity.Daily,
    phoneNumbers: JSON.stringify([env("PHONE_NUMBER")]),
  });
  record("getConversationAnalytics", numbers.data.length > 0, numbers);
  const updated = await templates.updateMessageTemplate({
    templateId,
    messageTemplateUpdate: {
      components: [{ type: "BODY", text: "Hello {{1}}, your order has shipped.", example: { bodyText: [["Pablo"]] } }],
    },
  });
  record("updateMessageTemplate", updated.success === true, updated);
  return outcomes;
}

smoke().then(
  (outcomes) => console.log(JSON.stringify({ failures: parseDocuments(), outcomes })),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
