// Spectral ruleset: the stock `spectral:oas` ruleset with one selector fix.
//
// `oas3-valid-schema-example` looks for "schema-like objects carrying an `example`" with `$..content..[...]`,
// which also descends into example *values*. A template component in an example, such as
// `{"type": "HEADER", "format": "TEXT", "example": {...}}`, looks like a schema to that selector, and its
// Graph field named `example` is then "validated" as a schema example: a false positive (stoplightio/spectral
// #883 and #1406 describe the same class of bug for other rules). The fix keeps every selector and excludes only
// nodes that lie inside an `example`/`examples` value. Examples themselves are still validated — by
// `oas3-valid-media-example` here and, strictly, by scripts/check_examples.py.
import { oas } from "@stoplight/spectral-rulesets";

const RULE = "oas3-valid-schema-example";
const stock = oas.rules[RULE];
const outsideExampleValues = "!/\\['examples?'\\]/.test(@path) && ";

export default {
  extends: [[oas, "recommended"]],
  rules: {
    [RULE]: {
      ...stock,
      given: stock.given.map((selector) => selector.replace("[?(", `[?(${outsideExampleValues}`)),
    },
  },
};
