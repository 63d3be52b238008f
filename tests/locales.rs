//! Every locale has every message of the others, with the same variables, and every message the
//! code asks for exists. A missing key would otherwise show residents a raw key or English.

use fluent_syntax::ast::{self, Entry, Expression, InlineExpression, PatternElement};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Messages = BTreeMap<String, BTreeSet<String>>;

fn variables_of_pattern(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            variables_of_expression(expression, out);
        }
    }
}

fn variables_of_expression(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            variables_of_inline(selector, out);
            for variant in variants {
                variables_of_pattern(&variant.value, out);
            }
        }
        Expression::Inline(inline) => variables_of_inline(inline, out),
    }
}

fn variables_of_inline(inline: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => variables_of_expression(expression, out),
        InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                variables_of_inline(arg, out);
            }
        }
        _ => {}
    }
}

fn load(dir: &Path) -> Messages {
    let mut messages = Messages::new();
    for file in std::fs::read_dir(dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let resource = fluent_syntax::parser::parse(source.as_str())
            .unwrap_or_else(|(_, errors)| panic!("{} does not parse: {errors:?}", path.display()));
        for entry in resource.body {
            if let Entry::Message(message) = entry {
                let mut vars = BTreeSet::new();
                if let Some(value) = &message.value {
                    variables_of_pattern(value, &mut vars);
                }
                let previous = messages.insert(message.id.name.to_owned(), vars);
                assert!(
                    previous.is_none(),
                    "{} defines {} twice",
                    path.display(),
                    message.id.name
                );
            }
        }
    }
    messages
}

fn all_locales() -> BTreeMap<String, Messages> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    std::fs::read_dir(root)
        .unwrap()
        .map(|d| d.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                load(&p),
            )
        })
        .collect()
}

#[test]
fn every_locale_has_every_message_with_the_same_variables() {
    let locales = all_locales();
    let reference = &locales["en"];
    let mut problems = Vec::new();
    for (tag, messages) in &locales {
        for (id, vars) in reference {
            match messages.get(id) {
                None => problems.push(format!("{tag}: missing {id}")),
                Some(v) if v != vars => {
                    problems.push(format!("{tag}: {id} uses {v:?}, en uses {vars:?}"))
                }
                _ => {}
            }
        }
        for id in messages.keys().filter(|id| !reference.contains_key(*id)) {
            problems.push(format!("{tag}: {id} is not in en"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_nine_languages_exist() {
    let locales = all_locales();
    for lang in consultbot::domain::Lang::ALL {
        assert!(
            locales.contains_key(lang.code()),
            "locales/{lang}/ is missing"
        );
    }
}

#[test]
fn every_message_the_code_uses_exists() {
    let reference = &all_locales()["en"];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut missing = BTreeSet::new();
    let mut stack = vec![src];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let code = std::fs::read_to_string(&path).unwrap();
            // Keys are passed as string literals to get/with/say/button helpers.
            for (i, _) in code.match_indices('"') {
                let rest = &code[i + 1..];
                let Some(end) = rest.find('"') else { continue };
                let literal = &rest[..end];
                let before = code[..i].trim_end();
                let by_helper = [
                    ".get(",
                    ".say(",
                    ".with(",
                    ".say_with(",
                    ".button(",
                    ".button_with(",
                ]
                .iter()
                .any(|call| before.ends_with(call) && !before.ends_with("try_get("));
                let looks_like_key = literal.len() > 3
                    && (literal.contains('-') || by_helper)
                    && literal.bytes().all(|b| {
                        b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_'
                    })
                    && !literal.starts_with('-')
                    && !literal.ends_with('-');
                let preceded_by_call =
                    code[..i].trim_end().ends_with('(') || code[..i].trim_end().ends_with("=>");
                if looks_like_key && preceded_by_call && !reference.contains_key(literal) {
                    missing.insert(format!("{literal} ({})", path.display()));
                }
            }
        }
    }
    // Content keys and test fixtures that look like message ids but are not.
    missing.retain(|m| !m.starts_with("theme-unge") && !m.starts_with("copenhagen-2010"));
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn every_built_key_exists_in_every_locale() {
    let locales = all_locales();
    let mut missing = Vec::new();
    for key in consultbot::conversation::keys::all() {
        for (tag, messages) in &locales {
            if !messages.contains_key(&key) {
                missing.push(format!("{tag}: {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The plural categories CLDR gives each language; a variant for another one never shows.
fn plural_categories(tag: &str) -> &'static [&'static str] {
    match tag {
        "ar" => &["zero", "one", "two", "few", "many", "other"],
        "pl" | "uk" => &["one", "few", "many", "other"],
        "da" | "en" | "tr" | "ur" | "so" | "fa" => &["one", "other"],
        other => panic!("no plural rules written down for {other}"),
    }
}

fn select_keys(pattern: &ast::Pattern<&str>, out: &mut Vec<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable {
            expression: Expression::Select { variants, .. },
        } = element
        {
            for variant in variants {
                if let ast::VariantKey::Identifier { name } = variant.key {
                    out.push(name.to_owned());
                }
                select_keys(&variant.value, out);
            }
        }
    }
}

#[test]
fn plural_variants_are_categories_of_their_language() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let mut problems = Vec::new();
    for dir in std::fs::read_dir(root).unwrap() {
        let dir = dir.unwrap().path();
        let tag = dir.file_name().unwrap().to_string_lossy().into_owned();
        let allowed = plural_categories(&tag);
        for file in std::fs::read_dir(&dir).unwrap() {
            let path = file.unwrap().path();
            let source = std::fs::read_to_string(&path).unwrap();
            let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) else {
                continue;
            };
            for entry in resource.body {
                if let Entry::Message(message) = entry
                    && let Some(value) = &message.value
                {
                    let mut keys = Vec::new();
                    select_keys(value, &mut keys);
                    for key in keys.iter().filter(|k| !allowed.contains(&k.as_str())) {
                        problems.push(format!("{tag}: {} has [{key}]", message.id.name));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Variables a message chooses plural forms on: selects with a CLDR category other than `other`.
fn plural_selectors(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            plural_selectors_of(expression, out);
        }
    }
}

fn plural_selectors_of(expression: &Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        Expression::Select { selector, variants } => {
            let plural = variants.iter().any(|v| {
                matches!(v.key, ast::VariantKey::Identifier { name }
                    if ["zero", "one", "two", "few", "many"].contains(&name))
            });
            if plural && let InlineExpression::VariableReference { id } = selector {
                out.insert(id.name.to_owned());
            }
            for variant in variants {
                plural_selectors(&variant.value, out);
            }
        }
        Expression::Inline(InlineExpression::Placeable { expression }) => {
            plural_selectors_of(expression, out)
        }
        Expression::Inline(_) => {}
    }
}

/// Message id -> variables it selects plural forms on, for one locale.
fn plural_selectors_in(dir: &Path) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in std::fs::read_dir(dir).unwrap() {
        let path = file.unwrap().path();
        if path.extension().is_none_or(|e| e != "ftl") {
            continue;
        }
        let source = std::fs::read_to_string(&path).unwrap();
        let Ok(resource) = fluent_syntax::parser::parse(source.as_str()) else {
            continue;
        };
        for entry in resource.body {
            if let Entry::Message(message) = entry
                && let Some(value) = &message.value
            {
                let mut vars = BTreeSet::new();
                plural_selectors(value, &mut vars);
                out.insert(message.id.name.to_owned(), vars);
            }
        }
    }
    out
}

/// A number some locale chooses plural forms on is one English and Danish must choose on too,
/// or they read "1 residents" / "1 borgere".
#[test]
fn english_and_danish_choose_plurals_wherever_another_locale_does() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let locales: BTreeMap<String, _> = std::fs::read_dir(&root)
        .unwrap()
        .map(|d| d.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| {
            let tag = p.file_name().unwrap().to_string_lossy().into_owned();
            (tag, plural_selectors_in(&p))
        })
        .collect();
    let mut problems = Vec::new();
    for (tag, messages) in &locales {
        for (id, vars) in messages {
            for strict in ["en", "da"] {
                let theirs = locales[strict].get(id).cloned().unwrap_or_default();
                for var in vars.difference(&theirs) {
                    problems.push(format!(
                        "{strict}: {id} has no plural choice on ${var} ({tag} has)"
                    ));
                }
            }
        }
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
