//! The Bot API spec (`spec/api.json`, embedded) and checking parameters
//! against it.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::Problem;

#[derive(Deserialize)]
pub(crate) struct RawSpec {
    pub(crate) methods: HashMap<String, RawEntry>,
    pub(crate) types: HashMap<String, RawEntry>,
}

#[derive(Deserialize)]
pub(crate) struct RawEntry {
    #[serde(default)]
    pub(crate) fields: Vec<RawField>,
    #[serde(default)]
    pub(crate) subtypes: Vec<String>,
    #[serde(default)]
    pub(crate) returns: Vec<String>,
}

#[derive(Deserialize)]
pub(crate) struct RawField {
    pub(crate) name: String,
    pub(crate) types: Vec<String>,
    pub(crate) required: bool,
    #[serde(default)]
    pub(crate) description: String,
}

pub(crate) struct FieldSpec {
    pub(crate) name: String,
    pub(crate) types: Vec<String>,
    pub(crate) required: bool,
    /// Discriminator value for `type`/`source`/`status` fields of union
    /// members ("must be chat" / always "emoji").
    pub(crate) fixed: Option<String>,
}

pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) fields: Vec<FieldSpec>,
    pub(crate) subtypes: Vec<String>,
    pub(crate) returns: Vec<String>,
}

impl Entry {
    pub(crate) fn field(&self, name: &str) -> Option<&FieldSpec> {
        self.fields.iter().find(|f| f.name == name)
    }
}

pub(crate) struct Spec {
    pub(crate) methods: HashMap<String, Entry>,
    /// lowercase name -> canonical name (Bot API method names are case-insensitive).
    pub(crate) method_names: HashMap<String, String>,
    pub(crate) types: HashMap<String, Entry>,
}

impl Spec {
    pub(crate) fn canonical(&self, method: &str) -> Option<&str> {
        self.method_names
            .get(&method.to_ascii_lowercase())
            .map(String::as_str)
    }
}

/// The vendored spec, built into the binary so no test reads a file.
const API_JSON: &str = include_str!("../spec/api.json");

/// The parsed spec, shared by every server in the process.
pub(crate) fn load_spec() -> Arc<Spec> {
    static SPEC: OnceLock<Arc<Spec>> = OnceLock::new();
    SPEC.get_or_init(|| {
        let raw: RawSpec = serde_json::from_str(API_JSON)
            .unwrap_or_else(|e| panic!("fake Bot API: spec/api.json does not parse: {e}"));
        Arc::new(build_spec(raw))
    })
    .clone()
}

pub(crate) fn build_spec(raw: RawSpec) -> Spec {
    fn entry(name: String, e: RawEntry) -> Entry {
        let fields = e
            .fields
            .into_iter()
            .map(|f| {
                let fixed = if matches!(f.name.as_str(), "type" | "source" | "status") {
                    fixed_value(&f.description)
                } else {
                    None
                };
                FieldSpec {
                    name: f.name,
                    types: f.types,
                    required: f.required,
                    fixed,
                }
            })
            .collect();
        Entry {
            name,
            fields,
            subtypes: e.subtypes,
            returns: e.returns,
        }
    }
    let method_names = raw
        .methods
        .keys()
        .map(|k| (k.to_ascii_lowercase(), k.clone()))
        .collect();
    Spec {
        methods: raw
            .methods
            .into_iter()
            .map(|(k, v)| (k.clone(), entry(k, v)))
            .collect(),
        method_names,
        types: raw
            .types
            .into_iter()
            .map(|(k, v)| (k.clone(), entry(k, v)))
            .collect(),
    }
}

/// `"Scope type, must be chat"` -> `chat`; `Type of the reaction, always "emoji"` -> `emoji`.
pub(crate) fn fixed_value(description: &str) -> Option<String> {
    let tail = description
        .rsplit_once("must be ")
        .or_else(|| description.rsplit_once("always "))?
        .1
        .trim_matches(|c| matches!(c, '"' | '“' | '”'));
    (!tail.is_empty()
        && tail
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
    .then(|| tail.to_owned())
}

pub(crate) fn json_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "Boolean",
        Value::Number(n) if n.is_f64() => "Float",
        Value::Number(_) => "Integer",
        Value::String(_) => "String",
        Value::Array(_) => "Array",
        Value::Object(_) => "object",
    }
}

/// Checks parameters against the method's fields: unknown names, missing
/// required ones, and value types (recursively for object types).
pub(crate) fn check_params(
    spec: &Spec,
    method: &Entry,
    params: &Map<String, Value>,
    problems: &mut Vec<Problem>,
) {
    for field in &method.fields {
        if field.required && !params.contains_key(&field.name) {
            problems.push(Problem::with_reply(
                format!("missing required parameter `{}`", field.name),
                format!("Bad Request: {} is empty", field.name),
            ));
        }
    }
    for (name, value) in params {
        match method.field(name) {
            None => problems.push(Problem::new(format!("unknown parameter `{name}`"))),
            Some(field) => {
                let mut errors = Vec::new();
                check_value(spec, value, &field.types, name, &mut errors);
                problems.extend(errors.into_iter().map(Problem::new));
            }
        }
    }
}

/// Does the value's JSON shape fit this type at the top level?
pub(crate) fn kind_fits(spec: &Spec, v: &Value, ty: &str) -> bool {
    if ty.starts_with("Array of ") {
        return v.is_array();
    }
    match ty {
        "Integer" => v.is_i64() || v.is_u64(),
        "Float" => v.is_number(),
        "String" | "InputFile" => v.is_string(),
        "Boolean" | "True" => v.is_boolean(),
        name => match spec.types.get(name) {
            Some(t) if !t.subtypes.is_empty() => t.subtypes.iter().any(|s| kind_fits(spec, v, s)),
            _ => v.is_object(),
        },
    }
}

/// Checks `v` against alternatives `types`; the errors reported are those of
/// the closest alternative.
pub(crate) fn check_value(
    spec: &Spec,
    v: &Value,
    types: &[String],
    path: &str,
    errors: &mut Vec<String>,
) {
    let mut best: Option<Vec<String>> = None;
    for ty in types.iter().filter(|t| kind_fits(spec, v, t)) {
        let mut errs = Vec::new();
        check_type(spec, v, ty, path, &mut errs);
        if errs.is_empty() {
            return;
        }
        if best.as_ref().is_none_or(|b| errs.len() < b.len()) {
            best = Some(errs);
        }
    }
    match best {
        Some(errs) => errors.extend(errs),
        None => errors.push(format!(
            "{path}: expected {}, got {}",
            types.join(" or "),
            json_kind(v)
        )),
    }
}

pub(crate) fn check_type(spec: &Spec, v: &Value, ty: &str, path: &str, errors: &mut Vec<String>) {
    if let Some(item) = ty.strip_prefix("Array of ") {
        let items = v.as_array().map(Vec::as_slice).unwrap_or_default();
        let item = [item.to_owned()];
        for (i, x) in items.iter().enumerate() {
            check_value(spec, x, &item, &format!("{path}[{i}]"), errors);
        }
        return;
    }
    match ty {
        "Integer" | "Float" | "String" | "Boolean" | "True" => {} // kind_fits already checked
        "InputFile" => {
            if !v.as_str().is_some_and(|s| s.starts_with("attach://")) {
                errors.push(format!("{path}: expected an uploaded file (attach://…)"));
            }
        }
        name => {
            let Some(t) = spec.types.get(name) else {
                errors.push(format!("{path}: the spec has no type `{name}`"));
                return;
            };
            if !t.subtypes.is_empty() {
                check_value(spec, v, &t.subtypes, path, errors);
                return;
            }
            let Some(obj) = v.as_object() else { return };
            for field in &t.fields {
                if field.required && !obj.contains_key(&field.name) {
                    errors.push(format!(
                        "{path}: {name} lacks required field `{}`",
                        field.name
                    ));
                }
            }
            for (key, value) in obj {
                let sub = format!("{path}.{key}");
                match t.field(key) {
                    None => errors.push(format!("{path}: unknown field `{key}` in {name}")),
                    Some(field) => {
                        check_value(spec, value, &field.types, &sub, errors);
                        if let (Some(fixed), Some(s)) = (&field.fixed, value.as_str())
                            && s != fixed
                        {
                            errors.push(format!("{sub}: must be {fixed:?} in {name}, got {s:?}"));
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    /// The details of the problems `params` has as a call of `method`.
    fn problems(method: &str, params: Value) -> Vec<String> {
        let spec = load_spec();
        let entry = &spec.methods[spec.canonical(method).expect("known method")];
        let mut found = Vec::new();
        check_params(
            &spec,
            entry,
            params.as_object().expect("object"),
            &mut found,
        );
        found.into_iter().map(|p| p.detail).collect()
    }

    #[test]
    fn the_embedded_spec_has_the_methods_the_bot_uses() {
        let spec = load_spec();
        assert!(spec.methods.len() >= 180, "{} methods", spec.methods.len());
        for method in [
            "getUpdates",
            "sendMessage",
            "editMessageText",
            "setMyCommands",
        ] {
            assert!(spec.methods.contains_key(method), "{method}");
        }
        assert_eq!(spec.canonical("SENDMESSAGE"), Some("sendMessage"));
        assert_eq!(spec.canonical("sendTelegram"), None);
    }

    #[test]
    fn source_note_names_the_vendored_version() {
        #[derive(Deserialize)]
        struct Version {
            version: String,
            release_date: String,
        }
        let version: Version = serde_json::from_str(API_JSON).unwrap();
        let note = include_str!("../spec/SOURCE.md");
        assert!(
            note.contains(&format!("\"version\": \"{}\"", version.version))
                && note.contains(&version.release_date),
            "spec/SOURCE.md does not name {} of {}",
            version.version,
            version.release_date
        );
    }

    #[test]
    fn a_valid_call_has_no_problems() {
        let found = problems(
            "sendMessage",
            json!({
                "chat_id": 42,
                "text": "hi",
                "reply_markup": {"inline_keyboard": [[{"text": "a", "callback_data": "x"}]]},
            }),
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_missing_required_parameter_is_named() {
        let found = problems("sendMessage", json!({"chat_id": 42}));
        assert_eq!(found, ["missing required parameter `text`"]);
    }

    #[test]
    fn a_value_of_the_wrong_type_is_named_with_its_path() {
        let found = problems("sendMessage", json!({"chat_id": 42, "text": 7}));
        assert_eq!(found, ["text: expected String, got Integer"]);
        let found = problems(
            "sendMessage",
            json!({"chat_id": 42, "text": "hi", "reply_markup": {"inline_keyboard": [[{"text": 1, "callback_data": "x"}]]}}),
        );
        assert_eq!(
            found,
            ["reply_markup.inline_keyboard[0][0].text: expected String, got Integer"]
        );
    }

    #[test]
    fn unknown_parameters_and_fields_are_named() {
        let found = problems(
            "sendMessage",
            json!({"chat_id": 42, "text": "hi", "colour": "red"}),
        );
        assert_eq!(found, ["unknown parameter `colour`"]);
        let found = problems(
            "setMyCommands",
            json!({"commands": [{"command": "start", "description": "go", "icon": "x"}]}),
        );
        assert_eq!(found, ["commands[0]: unknown field `icon` in BotCommand"]);
    }

    #[test]
    fn a_union_member_must_carry_its_own_discriminator() {
        let found = problems(
            "setMyCommands",
            json!({"commands": [], "scope": {"type": "chat", "chat_id": 5}}),
        );
        assert!(found.is_empty(), "{found:?}");
        let found = problems(
            "setMyCommands",
            json!({"commands": [], "scope": {"type": "galaxy"}}),
        );
        assert!(!found.is_empty());
    }
}
