// Spectral ruleset: the stock `spectral:oas` ruleset (recommended) with two rules narrowed, each for a documented
// false positive (openapi/README.md, "Lint configuration"; tests/spec/test_linters.py plants a bad example for
// each and checks that the narrowed rule still reports it).
//
// 1. `oas3-valid-schema-example` looks for "schema-like objects carrying an `example`" with `$..content..[...]`,
//    which also descends into example *values*. A template component in an example, such as
//    `{"type": "HEADER", "format": "TEXT", "example": {...}}`, looks like a schema to that selector, and its
//    Graph field named `example` is then "validated" as a schema example: a false positive (stoplightio/spectral
//    #883 and #1406 describe the same class of bug for other rules). The fix keeps every selector and excludes
//    only nodes that lie inside an `example`/`examples` value. Examples themselves are still validated — by
//    `oas3-valid-media-example` here and, strictly, by scripts/check_examples.py.
// 2. `path-keys-no-trailing-slash` flags `/{template-id}/`, the message template node. Graph serves every node at
//    `/{id}` and `/{id}/` alike, and the template node is declared in the second form because `/{waba-id}` holds
//    the first (OpenAPI forbids identical templated paths). The rule keeps its check for every other path.
import { oas } from "@stoplight/spectral-rulesets";

const EXAMPLE_RULE = "oas3-valid-schema-example";
const exampleRule = oas.rules[EXAMPLE_RULE];
const outsideExampleValues = "!/\\['examples?'\\]/.test(@path) && ";

const SLASH_RULE = "path-keys-no-trailing-slash";
const slashRule = oas.rules[SLASH_RULE];

export default {
  extends: [[oas, "recommended"]],
  rules: {
    [EXAMPLE_RULE]: {
      ...exampleRule,
      given: exampleRule.given.map((selector) => selector.replace("[?(", `[?(${outsideExampleValues}`)),
    },
    [SLASH_RULE]: {
      ...slashRule,
      then: { ...slashRule.then, functionOptions: { notMatch: "^(?!/\\{template-id\\}/$).+/$" } },
    },
  },
};
