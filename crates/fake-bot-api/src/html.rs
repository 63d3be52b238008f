//! Telegram's HTML subset for `parse_mode=HTML`: the text a user reads and its
//! entities, with offsets and lengths in UTF-16 code units as Telegram counts.

use serde_json::{Value, json};

pub(crate) struct Formatted {
    pub(crate) text: String,
    pub(crate) entities: Vec<Value>,
}

pub(crate) fn format_text(text: &str, parse_mode: Option<&str>) -> Result<Formatted, String> {
    match parse_mode.map(str::to_ascii_lowercase).as_deref() {
        Some("html") => parse_html(text),
        // Markdown modes are not parsed: the text is kept as sent.
        _ => Ok(Formatted {
            text: text.to_owned(),
            entities: Vec::new(),
        }),
    }
}

pub(crate) struct OpenTag {
    pub(crate) name: String,
    pub(crate) start: usize,
    pub(crate) entity: Option<Value>,
}

/// Parses Telegram's HTML subset into plain text and entities (offsets in
/// UTF-16 code units), failing where Telegram answers "can't parse entities".
pub(crate) fn parse_html(src: &str) -> Result<Formatted, String> {
    let mut text = String::with_capacity(src.len());
    let mut utf16 = 0usize;
    let mut stack: Vec<OpenTag> = Vec::new();
    let mut entities = Vec::new();
    let mut i = 0;
    while i < src.len() {
        let c = src[i..].chars().next().unwrap_or_default();
        match c {
            '<' => {
                if !src[i + 1..].starts_with(|c: char| c.is_ascii_alphabetic() || c == '/') {
                    return Err(format!(
                        "Character '<' at byte offset {i} must be escaped as &lt;"
                    ));
                }
                let end = src[i..]
                    .find('>')
                    .ok_or_else(|| format!("Unclosed start tag at byte offset {i}"))?;
                let inner = &src[i + 1..i + end];
                if let Some(name) = inner.strip_prefix('/') {
                    let name = name.trim().to_ascii_lowercase();
                    let open = stack.pop().ok_or_else(|| {
                        format!("Unexpected end tag \"{name}\" at byte offset {i}")
                    })?;
                    if open.name != name {
                        return Err(format!(
                            "Unmatched end tag at byte offset {i}, expected \"</{}>\", found \"</{name}>\"",
                            open.name
                        ));
                    }
                    if let Some(mut entity) = open.entity
                        && utf16 > open.start
                    {
                        entity["offset"] = json!(open.start);
                        entity["length"] = json!(utf16 - open.start);
                        entities.push(entity);
                    }
                } else {
                    let tag = start_tag(inner, i, &mut stack)?;
                    stack.push(OpenTag {
                        start: utf16,
                        ..tag
                    });
                }
                i += end + 1;
            }
            '>' => {
                return Err(format!(
                    "Character '>' at byte offset {i} must be escaped as &gt;"
                ));
            }
            '&' => {
                let (ch, len) = decode_entity(&src[i..]).ok_or_else(|| {
                    format!("Character '&' at byte offset {i} is not part of a supported entity; escape it as &amp;")
                })?;
                text.push(ch);
                utf16 += ch.len_utf16();
                i += len;
            }
            _ => {
                text.push(c);
                utf16 += c.len_utf16();
                i += c.len_utf8();
            }
        }
    }
    if let Some(open) = stack.last() {
        return Err(format!(
            "Can't find end tag corresponding to start tag \"{}\"",
            open.name
        ));
    }
    entities.sort_by_key(|e| {
        let offset = e["offset"].as_u64().unwrap_or_default();
        let length = e["length"].as_u64().unwrap_or_default();
        (offset, u64::MAX - length)
    });
    Ok(Formatted { text, entities })
}

/// Interprets a start tag (the text between `<` and `>`).
pub(crate) fn start_tag(inner: &str, at: usize, stack: &mut [OpenTag]) -> Result<OpenTag, String> {
    let name_len = inner
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .unwrap_or(inner.len());
    let name = inner[..name_len].to_ascii_lowercase();
    if name.is_empty() || !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return Err(format!(
            "Character '<' at byte offset {at} must be escaped as &lt;"
        ));
    }
    let attrs = parse_attributes(&inner[name_len..], at)?;
    let attr = |k: &str| attrs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    let kind = |t: &str| Some(json!({ "type": t }));
    let entity = match name.as_str() {
        "b" | "strong" => kind("bold"),
        "i" | "em" => kind("italic"),
        "u" | "ins" => kind("underline"),
        "s" | "strike" | "del" => kind("strikethrough"),
        "tg-spoiler" => kind("spoiler"),
        "span" => {
            if attr("class") != Some("tg-spoiler") {
                return Err(format!(
                    "Tag \"span\" must have class \"tg-spoiler\" at byte offset {at}"
                ));
            }
            kind("spoiler")
        }
        "a" => attr("href").map(|url| json!({"type": "text_link", "url": url})),
        "code" => {
            // <pre><code class="language-x"> sets the language of the pre block.
            match stack.last_mut() {
                Some(pre) if pre.name == "pre" => {
                    if let (Some(lang), Some(entity)) = (
                        attr("class").and_then(|c| c.strip_prefix("language-")),
                        pre.entity.as_mut(),
                    ) {
                        entity["language"] = json!(lang);
                    }
                    None
                }
                _ => kind("code"),
            }
        }
        "pre" => kind("pre"),
        "blockquote" => {
            if attrs.iter().any(|(n, _)| n == "expandable") {
                kind("expandable_blockquote")
            } else {
                kind("blockquote")
            }
        }
        "tg-emoji" => {
            let id = attr("emoji-id").ok_or_else(|| {
                format!("Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {at}")
            })?;
            Some(json!({"type": "custom_emoji", "custom_emoji_id": id}))
        }
        "tg-time" => {
            let unix = attr("unix")
                .and_then(|u| u.parse::<i64>().ok())
                .ok_or_else(|| format!("Tag \"tg-time\" must have an integer attribute \"unix\" at byte offset {at}"))?;
            let mut e = json!({"type": "date_time", "unix_time": unix});
            if let Some(format) = attr("format") {
                e["date_time_format"] = json!(format);
            }
            Some(e)
        }
        other => {
            return Err(format!(
                "Unsupported start tag \"{other}\" at byte offset {at}"
            ));
        }
    };
    Ok(OpenTag {
        name,
        start: 0,
        entity,
    })
}

pub(crate) fn parse_attributes(mut s: &str, at: usize) -> Result<Vec<(String, String)>, String> {
    let mut attrs = Vec::new();
    loop {
        s = s.trim_start();
        if s.is_empty() {
            return Ok(attrs);
        }
        let name_len = s
            .find(|c: char| c.is_whitespace() || c == '=')
            .unwrap_or(s.len());
        if name_len == 0 || s[..name_len].contains(['"', '\'', '<', '/']) {
            return Err(format!("Malformed attributes in tag at byte offset {at}"));
        }
        let name = s[..name_len].to_ascii_lowercase();
        s = s[name_len..].trim_start();
        let Some(after_eq) = s.strip_prefix('=') else {
            attrs.push((name, String::new()));
            continue;
        };
        s = after_eq.trim_start();
        let (raw, rest) = match s.chars().next() {
            Some(q @ ('"' | '\'')) => {
                let close = s[1..].find(q).ok_or_else(|| {
                    format!("Unclosed attribute value in tag at byte offset {at}")
                })?;
                (&s[1..1 + close], &s[close + 2..])
            }
            _ => {
                let end = s.find(char::is_whitespace).unwrap_or(s.len());
                (&s[..end], &s[end..])
            }
        };
        let value = decode_text(raw)
            .ok_or_else(|| format!("Unsupported entity in attribute value at byte offset {at}"))?;
        attrs.push((name, value));
        s = rest;
    }
}

pub(crate) fn decode_text(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i..].starts_with('&') {
            let (ch, len) = decode_entity(&s[i..])?;
            out.push(ch);
            i += len;
        } else {
            let c = s[i..].chars().next()?;
            out.push(c);
            i += c.len_utf8();
        }
    }
    Some(out)
}

/// Decodes the entity at the start of `s` (which starts with `&`): the four
/// named entities Telegram supports and numeric ones.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let semi = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[1..semi];
    let ch = match body {
        "lt" => '<',
        "gt" => '>',
        "amp" => '&',
        "quot" => '"',
        _ => {
            let num = body.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code)?
        }
    };
    Some((ch, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entity(kind: &str, offset: usize, length: usize) -> Value {
        json!({"type": kind, "offset": offset, "length": length})
    }

    #[test]
    fn nested_tags_give_nested_entities_outer_first() {
        let f = parse_html("<b>bold <i>both</i></b> plain").unwrap();
        assert_eq!(f.text, "bold both plain");
        assert_eq!(
            f.entities,
            vec![entity("bold", 0, 9), entity("italic", 5, 4)]
        );
    }

    #[test]
    fn synonyms_links_and_pre_language() {
        let f = parse_html(
            "<strong>a</strong><em>b</em><ins>c</ins><del>d</del>\
             <a href=\"https://e.example/?a=1&amp;b=2\">e</a>\
             <pre><code class=\"language-rust\">f</code></pre>",
        )
        .unwrap();
        assert_eq!(f.text, "abcdef");
        assert_eq!(
            f.entities,
            vec![
                entity("bold", 0, 1),
                entity("italic", 1, 1),
                entity("underline", 2, 1),
                entity("strikethrough", 3, 1),
                json!({"type": "text_link", "offset": 4, "length": 1, "url": "https://e.example/?a=1&b=2"}),
                json!({"type": "pre", "offset": 5, "length": 1, "language": "rust"}),
            ]
        );
    }

    #[test]
    fn an_empty_tag_makes_no_entity() {
        let f = parse_html("a<b></b>c").unwrap();
        assert_eq!(f.text, "ac");
        assert!(f.entities.is_empty());
    }

    #[test]
    fn unknown_unclosed_and_crossed_tags_are_refused() {
        for (src, says) in [
            ("<p>x</p>", "Unsupported start tag \"p\""),
            (
                "<b>x",
                "Can't find end tag corresponding to start tag \"b\"",
            ),
            ("<b><i>x</b></i>", "Unmatched end tag"),
            ("x</b>", "Unexpected end tag"),
            ("<span>x</span>", "must have class \"tg-spoiler\""),
            ("1 < 2", "must be escaped as &lt;"),
            ("2 > 1", "must be escaped as &gt;"),
        ] {
            let error = parse_html(src)
                .err()
                .unwrap_or_else(|| panic!("{src:?} was accepted"));
            assert!(error.contains(says), "{src:?}: {error}");
        }
    }

    #[test]
    fn the_four_named_entities_and_numeric_ones_decode() {
        let f = parse_html("&lt;&gt;&amp;&quot;&#65;&#x42;").unwrap();
        assert_eq!(f.text, "<>&\"AB");
    }

    #[test]
    fn other_named_entities_and_a_bare_ampersand_are_refused() {
        for src in ["&nbsp;", "fish & chips", "&#xZZ;"] {
            let error = parse_html(src)
                .err()
                .unwrap_or_else(|| panic!("{src:?} was accepted"));
            assert!(error.contains("escape it as &amp;"), "{src:?}: {error}");
        }
    }

    #[test]
    fn offsets_and_lengths_count_utf16_code_units() {
        // "😀" is two UTF-16 units, "é" one, "ب" one.
        let f = parse_html("😀<b>é😀</b><i>ب</i>").unwrap();
        assert_eq!(f.text, "😀é😀ب");
        assert_eq!(
            f.entities,
            vec![entity("bold", 2, 3), entity("italic", 5, 1)]
        );
    }

    #[test]
    fn markdown_modes_and_no_mode_keep_the_text() {
        for mode in [None, Some("MarkdownV2"), Some("Markdown")] {
            let f = format_text("<b>*x*</b>", mode).unwrap();
            assert_eq!(f.text, "<b>*x*</b>");
            assert!(f.entities.is_empty());
        }
        assert_eq!(format_text("<b>x</b>", Some("HTML")).unwrap().text, "x");
    }
}
