//! What progenitor is given: the spec as written, with three lowerings (`specs/CONVENTIONS.md`,
//! "What the generator is given").
//!
//! The specs say the wire truth in plain OpenAPI 3.0.3 for every reader. Some of the forms that
//! takes would make typify build types no reader expects, or none that compile, so the
//! generator sees them lowered:
//!
//! - a schema whose `anyOf` (or `oneOf`) is one schema and a branch that admits only `null`
//!   (`{type: ..., nullable: true, enum: [null]}`) becomes that schema, nullable
//!   (`allOf: [<schema>]` with `nullable: true`), which typify decodes as `Option<T>`; written
//!   as it is, typify would build a struct of flattened optional subtypes;
//! - the branch of a `200` answer's `anyOf` (or `oneOf`) that is the root `x-error-envelope`
//!   is dropped, leaving the success schema: the client recognises the envelope before
//!   decoding (`payspec::hooks`), so the method returns the success type, not an untagged enum.
//!   Likewise a `200` that answers a file (an `.xlsx` export) and shows the envelope as a second,
//!   JSON, media type loses that media type: progenitor would otherwise decode the JSON.
//!
//! - an object that keeps unknown members (`additionalProperties: {}`) and has a member of its
//!   own named `extra` is given without that member: typify always names the remainder
//!   `extra`, and two fields of one name do not compile. The member arrives in the remainder,
//!   `extra["extra"]`, and the provider crate may add an accessor for it (CrystalPay's
//!   `merchant_extra()`).
//!
//! Nothing else changes, and progenitor's output is not edited.

use serde_norway::{Mapping, Value};

/// `doc` with the lowerings applied. It works on the YAML document, whose mappings keep
/// their order: progenitor emits operations and types in the order it reads them.
pub fn for_generator(doc: &Value) -> Value {
    let mut doc = doc.clone();
    if let Some(envelope) = doc
        .get("x-error-envelope")
        .and_then(Value::as_str)
        .map(str::to_owned)
    {
        drop_envelope_branches(&mut doc, &envelope);
    }
    lower_null_branches(&mut doc);
    extra_into_the_remainder(&mut doc);
    doc
}

/// Takes the member named `extra` out of every component schema that also keeps unknown
/// members (`additionalProperties: {}`), so that it lands in typify's remainder of that name.
fn extra_into_the_remainder(doc: &mut Value) {
    let Some(schemas) = doc
        .get_mut("components")
        .and_then(|c| c.get_mut("schemas"))
        .and_then(Value::as_mapping_mut)
    else {
        return;
    };
    for schema in schemas.values_mut().filter_map(Value::as_mapping_mut) {
        let keeps_unknown = schema
            .get("additionalProperties")
            .and_then(Value::as_mapping)
            .is_some_and(Mapping::is_empty);
        if !keeps_unknown {
            continue;
        }
        if let Some(props) = schema.get_mut("properties").and_then(Value::as_mapping_mut) {
            props.remove("extra");
        }
        if let Some(Value::Sequence(required)) = schema.get_mut("required") {
            required.retain(|r| r.as_str() != Some("extra"));
        }
    }
}

/// Whether `schema` admits only `null`: `nullable: true` and `enum: [null]`.
pub fn is_null_only(schema: &Value) -> bool {
    schema.get("nullable").and_then(Value::as_bool) == Some(true)
        && schema
            .get("enum")
            .and_then(Value::as_sequence)
            .is_some_and(|e| e.len() == 1 && e[0].is_null())
}

/// For a schema written `anyOf: [<schema>, <null-only>]` (or `oneOf`), the one non-null branch.
fn nullable_branch(schema: &Value) -> Option<&Value> {
    ["anyOf", "oneOf"].into_iter().find_map(|key| {
        let branches = schema.get(key)?.as_sequence()?;
        match branches.as_slice() {
            [a, b] if is_null_only(b) && !is_null_only(a) => Some(a),
            [a, b] if is_null_only(a) && !is_null_only(b) => Some(b),
            _ => None,
        }
    })
}

fn lower_null_branches(value: &mut Value) {
    match value {
        Value::Mapping(map) => map.values_mut().for_each(lower_null_branches),
        Value::Sequence(items) => items.iter_mut().for_each(lower_null_branches),
        _ => return,
    }
    if let Some(branch) = nullable_branch(value).cloned()
        && let Some(map) = value.as_mapping_mut()
    {
        map.remove("anyOf");
        map.remove("oneOf");
        map.insert("allOf".into(), Value::Sequence(vec![branch]));
        map.insert("nullable".into(), Value::Bool(true));
    }
}

/// The `content` of every operation's `200` answer.
fn success_contents(doc: &mut Value) -> Vec<&mut Mapping> {
    let mut out = Vec::new();
    let Some(paths) = doc.get_mut("paths").and_then(Value::as_mapping_mut) else {
        return out;
    };
    for item in paths.values_mut().filter_map(Value::as_mapping_mut) {
        for operation in item.values_mut().filter_map(Value::as_mapping_mut) {
            if let Some(content) = operation
                .get_mut("responses")
                .and_then(|r| r.get_mut("200"))
                .and_then(|r| r.get_mut("content"))
                .and_then(Value::as_mapping_mut)
            {
                out.push(content);
            }
        }
    }
    out
}

fn drop_envelope_branches(doc: &mut Value, envelope: &str) {
    let is_envelope = |s: &Value| s.get("$ref").and_then(Value::as_str) == Some(envelope);
    for content in success_contents(doc) {
        // The envelope as a media type of its own beside a file answer.
        if content.len() > 1 {
            content.retain(|_, media| !media.get("schema").is_some_and(is_envelope));
        }
        // The envelope as a branch of the answer's schema.
        let schemas = content
            .values_mut()
            .filter_map(|m| m.get_mut("schema")?.as_mapping_mut());
        for schema in schemas {
            for key in ["anyOf", "oneOf"] {
                let Some(Value::Sequence(branches)) = schema.get_mut(key) else {
                    continue;
                };
                if !branches.iter().any(is_envelope) {
                    continue;
                }
                branches.retain(|b| !is_envelope(b));
                let [only] = branches.as_slice() else { continue };
                let only = only.clone();
                schema.remove(key);
                match only {
                    // A bare reference stays a reference (progenitor names inline ones).
                    Value::Mapping(m)
                        if m.contains_key("$ref") && schema.keys().all(|k| k == "description") =>
                    {
                        *schema = m;
                    }
                    other => {
                        schema.insert("allOf".into(), Value::Sequence(vec![other]));
                    }
                }
            }
        }
    }
}

/// Whether `schema` (JSON) is written `anyOf: [<schema>, <null-only>]` (or `oneOf`).
pub fn has_null_branch(schema: &serde_json::Value) -> bool {
    serde_norway::to_value(schema).is_ok_and(|s| nullable_branch(&s).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn yaml(v: serde_json::Value) -> Value {
        serde_norway::to_value(v).unwrap()
    }

    #[test]
    fn a_null_branch_becomes_a_nullable_all_of() {
        let doc = json!({"components": {"schemas": {"A": {"type": "object", "properties": {
            "id": {"description": "Id.", "anyOf": [
                {"$ref": "#/components/schemas/Text"},
                {"type": "string", "nullable": true, "enum": [null]},
            ]},
            "two": {"anyOf": [{"type": "string"}, {"type": "number"}]},
        }}}}});
        let lowered = serde_json::to_value(for_generator(&yaml(doc.clone()))).unwrap();
        let props = &lowered["components"]["schemas"]["A"]["properties"];
        assert_eq!(
            props["id"],
            json!({"description": "Id.", "allOf": [{"$ref": "#/components/schemas/Text"}], "nullable": true})
        );
        assert_eq!(
            props["two"],
            doc["components"]["schemas"]["A"]["properties"]["two"]
        );
    }

    #[test]
    fn the_envelope_branch_of_a_200_is_dropped() {
        let doc = json!({
            "x-error-envelope": "#/components/schemas/Fail",
            "paths": {"/a": {"get": {"responses": {
                "200": {"content": {"application/json": {"schema": {"anyOf": [
                    {"$ref": "#/components/schemas/A"},
                    {"$ref": "#/components/schemas/Fail"},
                ]}}}},
                "4XX": {"content": {"application/json": {"schema": {"anyOf": [
                    {"$ref": "#/components/schemas/A"},
                    {"$ref": "#/components/schemas/Fail"},
                ]}}}},
            }}}},
        });
        let lowered = serde_json::to_value(for_generator(&yaml(doc.clone()))).unwrap();
        let responses = &lowered["paths"]["/a"]["get"]["responses"];
        assert_eq!(
            responses["200"]["content"]["application/json"]["schema"],
            json!({"$ref": "#/components/schemas/A"})
        );
        assert_eq!(responses["4XX"], doc["paths"]["/a"]["get"]["responses"]["4XX"]);
    }

    #[test]
    fn a_member_named_extra_joins_the_remainder() {
        let doc = json!({"components": {"schemas": {
            "Kept": {"type": "object", "additionalProperties": {}, "required": ["extra", "id"], "properties": {
                "id": {"type": "string"}, "extra": {"type": "string"}}},
            "Closed": {"type": "object", "properties": {"extra": {"type": "string"}}},
        }}});
        let lowered = serde_json::to_value(for_generator(&yaml(doc.clone()))).unwrap();
        let schemas = &lowered["components"]["schemas"];
        assert_eq!(schemas["Kept"]["properties"], json!({"id": {"type": "string"}}));
        assert_eq!(schemas["Kept"]["required"], json!(["id"]));
        assert_eq!(schemas["Closed"], doc["components"]["schemas"]["Closed"]);
    }

    #[test]
    fn an_envelope_beside_a_file_is_dropped() {
        let xlsx = json!({"schema": {"type": "string", "format": "binary"}});
        let doc = json!({
            "x-error-envelope": "#/components/schemas/Fail",
            "paths": {"/export": {"get": {"responses": {"200": {"content": {
                "application/octet-stream": xlsx,
                "application/json": {"schema": {"$ref": "#/components/schemas/Fail"}},
            }}}}}},
        });
        let lowered = serde_json::to_value(for_generator(&yaml(doc.clone()))).unwrap();
        assert_eq!(
            lowered["paths"]["/export"]["get"]["responses"]["200"]["content"],
            json!({"application/octet-stream": xlsx})
        );
    }
}
