//! localStorage, so nothing typed is lost on reload: the script, the run
//! settings, the language and the theme. Every key starts with
//! `coroscope.`; a browser without storage (private mode, quota) simply
//! does not remember, it never fails the page.

use crate::run::RunSettings;

const PREFIX: &str = "coroscope.";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The stored value of `key`, if any.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(&format!("{PREFIX}{key}")).ok().flatten()
}

/// Stores `value` under `key` (silently does nothing without storage).
pub fn save(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(&format!("{PREFIX}{key}"), value);
    }
}

/// The stored run settings, each field falling back to its default.
pub fn load_settings() -> RunSettings {
    let number = |key: &str| load(key).and_then(|text| text.parse().ok()).unwrap_or(0);
    RunSettings {
        cpu_cost_ns: number("cpu_cost_ns"),
        seed: number("seed"),
        stdin: load("stdin").unwrap_or_default(),
        input_delay_ms: number("input_delay_ms"),
    }
}

/// Stores the run settings.
pub fn save_settings(settings: &RunSettings) {
    save("cpu_cost_ns", &settings.cpu_cost_ns.to_string());
    save("seed", &settings.seed.to_string());
    save("stdin", &settings.stdin);
    save("input_delay_ms", &settings.input_delay_ms.to_string());
}
