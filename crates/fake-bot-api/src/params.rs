//! Reading a request's parameters (query, urlencoded form, JSON or
//! multipart) and converting them to the types the spec declares.

use std::collections::{HashMap, HashSet};

use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use serde_json::{Map, Value, json};

use crate::error::{ApiError, Problem};
use crate::server::MAX_BODY;
use crate::spec::{Entry, Spec};

/// Parameters as they arrived, before conversion to the declared types.
pub(crate) enum Raw {
    /// From a JSON body: already typed.
    Json(Value),
    /// From a query string, urlencoded form or multipart text part.
    Text(String),
}

pub(crate) struct Upload {
    pub(crate) part: String,
    pub(crate) file_name: String,
    pub(crate) bytes: Vec<u8>,
}
pub(crate) async fn read_params(
    req: Request,
) -> Result<(Vec<(String, Raw)>, Vec<Upload>), Problem> {
    let mut raw: Vec<(String, Raw)> = req
        .uri()
        .query()
        .map(|q| {
            url_decode_pairs(q)
                .into_iter()
                .map(|(k, v)| (k, Raw::Text(v)))
                .collect()
        })
        .unwrap_or_default();
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let mut uploads = Vec::new();

    if content_type.starts_with("multipart/form-data") {
        let mut multipart = Multipart::from_request(req, &())
            .await
            .map_err(|e| Problem::new(format!("malformed multipart body: {e}")))?;
        let mut parts = Vec::new();
        loop {
            let field = match multipart.next_field().await {
                Ok(Some(field)) => field,
                Ok(None) => break,
                Err(e) => return Err(Problem::new(format!("malformed multipart body: {e}"))),
            };
            let name = field.name().unwrap_or_default().to_owned();
            let file_name = field.file_name().map(str::to_owned);
            let bytes = field
                .bytes()
                .await
                .map_err(|e| Problem::new(format!("malformed multipart body: {e}")))?;
            parts.push((name, file_name, bytes.to_vec()));
        }
        // teloxide uploads files as parts named by a random id and passes
        // "attach://<id>" in the parameter, with a possibly empty file name,
        // so a part is a file if it is referenced or has a file name.
        let mut referenced = HashSet::new();
        for (_, file_name, bytes) in &parts {
            if file_name.is_none() {
                attach_refs(&String::from_utf8_lossy(bytes), &mut referenced);
            }
        }
        for (name, file_name, bytes) in parts {
            if file_name.is_some() || referenced.contains(&name) {
                uploads.push(Upload {
                    part: name,
                    file_name: file_name.unwrap_or_default(),
                    bytes,
                });
            } else {
                let text = String::from_utf8(bytes).map_err(|_| {
                    Problem::new(format!("multipart field `{name}` is not valid UTF-8"))
                })?;
                raw.push((name, Raw::Text(text)));
            }
        }
        return Ok((raw, uploads));
    }

    let body = axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|e| Problem::new(format!("can't read request body: {e}")))?;
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok((raw, uploads));
    }
    if content_type.starts_with("application/json")
        || (content_type.is_empty() && body.first() == Some(&b'{'))
    {
        let value: Value = serde_json::from_slice(&body).map_err(|e| Problem {
            detail: format!("request body is not valid JSON: {e}"),
            reply: "Bad Request: can't parse JSON object".into(),
        })?;
        let Value::Object(map) = value else {
            return Err(Problem::new("JSON request body must be an object"));
        };
        raw.extend(map.into_iter().map(|(k, v)| (k, Raw::Json(v))));
    } else if content_type.starts_with("application/x-www-form-urlencoded") {
        let text = String::from_utf8_lossy(&body);
        raw.extend(
            url_decode_pairs(&text)
                .into_iter()
                .map(|(k, v)| (k, Raw::Text(v))),
        );
    } else {
        return Err(Problem::new(format!(
            "unsupported Content-Type `{content_type}` with a non-empty body"
        )));
    }
    Ok((raw, uploads))
}

pub(crate) fn url_decode_pairs(s: &str) -> Vec<(String, String)> {
    fn decode(s: &str) -> String {
        let bytes = s.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'+' => out.push(b' '),
                b'%' if i + 2 < bytes.len() => {
                    let hex = |b: u8| (b as char).to_digit(16);
                    match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                        (Some(hi), Some(lo)) => {
                            out.push((hi * 16 + lo) as u8);
                            i += 2;
                        }
                        _ => out.push(b'%'),
                    }
                }
                b => out.push(b),
            }
            i += 1;
        }
        String::from_utf8_lossy(&out).into_owned()
    }
    s.split('&')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let (k, v) = p.split_once('=').unwrap_or((p, ""));
            (decode(k), decode(v))
        })
        .collect()
}

/// Collects the names in every `attach://<name>` occurring in `s`.
pub(crate) fn attach_refs(s: &str, out: &mut HashSet<String>) {
    let mut rest = s;
    while let Some(pos) = rest.find("attach://") {
        rest = &rest[pos + "attach://".len()..];
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.')))
            .unwrap_or(rest.len());
        if end > 0 {
            out.insert(rest[..end].to_owned());
        }
        rest = &rest[end..];
    }
}

pub(crate) struct Normalized {
    pub(crate) params: Map<String, Value>,
    pub(crate) files: Vec<(String, String, Vec<u8>)>,
    pub(crate) problems: Vec<Problem>,
}

/// Converts raw parameters to JSON values of their declared types and ties
/// uploaded parts to the parameters that reference them.
pub(crate) fn normalize(
    spec: &Spec,
    method: &Entry,
    raw: Vec<(String, Raw)>,
    uploads: Vec<Upload>,
) -> Normalized {
    let mut problems = Vec::new();
    let mut params = Map::new();
    for (name, value) in raw {
        let types = method
            .field(&name)
            .map(|f| f.types.as_slice())
            .unwrap_or_default();
        let value = match value {
            Raw::Json(v) => coerce_json(spec, v, types),
            Raw::Text(s) => coerce_text(spec, s, types),
        };
        params.insert(name, value);
    }
    // A part uploaded directly under an InputFile parameter's own name
    // (plain multipart, as curl -F does) stands for "attach://<name>".
    for upload in &uploads {
        let takes_file = method
            .field(&upload.part)
            .is_some_and(|f| f.types.iter().any(|t| t == "InputFile"));
        if takes_file && !params.contains_key(&upload.part) {
            params.insert(
                upload.part.clone(),
                json!(format!("attach://{}", upload.part)),
            );
        }
    }
    let mut referenced_by: HashMap<String, String> = HashMap::new();
    for (name, value) in &params {
        let mut refs = HashSet::new();
        visit_strings(value, &mut |s| attach_refs(s, &mut refs));
        for r in refs {
            referenced_by.entry(r).or_insert_with(|| name.clone());
        }
    }
    let part_names: HashSet<&str> = uploads.iter().map(|u| u.part.as_str()).collect();
    for (part, param) in &referenced_by {
        if !part_names.contains(part.as_str()) {
            problems.push(Problem::new(format!(
                "{param}: refers to attach://{part} but no such file was uploaded"
            )));
        }
    }
    let files = uploads
        .into_iter()
        .map(|u| {
            let field = match referenced_by.get(&u.part) {
                Some(param) => param.clone(),
                None => {
                    problems.push(Problem::new(format!(
                        "uploaded part `{}` (file {:?}) is not referenced by any parameter",
                        u.part, u.file_name
                    )));
                    u.part.clone()
                }
            };
            (field, u.file_name, u.bytes)
        })
        .collect();
    Normalized {
        params,
        files,
        problems,
    }
}

pub(crate) fn visit_strings(value: &Value, f: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| visit_strings(v, f)),
        Value::Object(map) => map.values().for_each(|v| visit_strings(v, f)),
        _ => {}
    }
}

pub(crate) fn is_structured(spec: &Spec, ty: &str) -> bool {
    ty.starts_with("Array of ") || (spec.types.contains_key(ty) && ty != "InputFile")
}

/// JSON bodies keep their types, except that a JSON-serialized object or
/// array may be passed as a string (the docs describe such parameters as
/// "A JSON-serialized object", and Telegram accepts both).
pub(crate) fn coerce_json(spec: &Spec, value: Value, types: &[String]) -> Value {
    if let Value::String(s) = &value
        && !types.iter().any(|t| t == "String" || t == "InputFile")
        && types.iter().any(|t| is_structured(spec, t))
        && let Ok(parsed) = serde_json::from_str::<Value>(s)
        && (parsed.is_object() || parsed.is_array())
    {
        return parsed;
    }
    value
}

/// Text values (query, form, multipart) take the first declared type they parse as.
pub(crate) fn coerce_text(spec: &Spec, s: String, types: &[String]) -> Value {
    for ty in types {
        match ty.as_str() {
            "Integer" => {
                if let Ok(i) = s.trim().parse::<i64>() {
                    return json!(i);
                }
            }
            "Float" => {
                if let Some(n) = s
                    .trim()
                    .parse::<f64>()
                    .ok()
                    .and_then(serde_json::Number::from_f64)
                {
                    return Value::Number(n);
                }
            }
            "Boolean" | "True" => match s.trim().to_ascii_lowercase().as_str() {
                "true" | "1" => return json!(true),
                "false" | "0" => return json!(false),
                _ => {}
            },
            "String" | "InputFile" => return Value::String(s),
            t if is_structured(spec, t) => {
                if let Ok(v) = serde_json::from_str::<Value>(&s)
                    && (v.is_object() || v.is_array())
                {
                    return v;
                }
            }
            _ => {}
        }
    }
    Value::String(s)
}

pub(crate) fn str_param<'a>(params: &'a Map<String, Value>, name: &str) -> Option<&'a str> {
    params.get(name).and_then(Value::as_str)
}

pub(crate) fn int_param(params: &Map<String, Value>, name: &str) -> Option<i64> {
    params.get(name).and_then(Value::as_i64)
}

pub(crate) fn chat_id_of(params: &Map<String, Value>) -> Result<i64, ApiError> {
    int_param(params, "chat_id").ok_or_else(|| ApiError::bad_request("chat not found"))
}
