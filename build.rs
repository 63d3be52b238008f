//! Turns on `cfg(pg_tests)` when the PostgreSQL test variants should run: with `TEST_DATABASE_URL`
//! set, or under CI (where a missing server must fail the run instead of skipping it). Without
//! either, `cargo test` reports those variants as ignored rather than as passed.

fn main() {
    println!("cargo::rustc-check-cfg=cfg(pg_tests)");
    println!("cargo::rerun-if-changed=build.rs");
    // The Fluent catalogues are embedded by a macro that cargo does not see reading them: a
    // changed .ftl must rebuild the crate, or the binary speaks yesterday's words.
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-env-changed=TEST_DATABASE_URL");
    println!("cargo::rerun-if-env-changed=CI");
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    if set("TEST_DATABASE_URL") || set("CI") {
        println!("cargo::rustc-cfg=pg_tests");
    }
}
