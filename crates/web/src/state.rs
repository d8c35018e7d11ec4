//! The page's shared state, provided once by [`crate::App`] as newtype
//! contexts so `expect_context` finds each by its type.

use crate::run::RunOutput;
use leptos::prelude::*;

/// The script as the editor last reported it.
#[derive(Clone, Copy)]
pub struct Script(pub RwSignal<String>);

/// What the last run printed; `None` until the first run.
#[derive(Clone, Copy)]
pub struct LastRun(pub RwSignal<Option<RunOutput>>);
