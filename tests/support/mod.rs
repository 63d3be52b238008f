//! Shared helpers for integration tests (`mod support;` in a test file).
// Each test binary uses only part of the helpers.
#![allow(dead_code)]

pub mod fake_bot_api;
