//! The crystalpay imitation. (Being written: every call is answered 501 until it is.)

use std::sync::Arc;

use axum::Router;

use crate::{Delivery, Provider, SandboxError, State};

/// The demo credentials, as (name, value) pairs (the constants above, for the banner).
pub const CREDENTIALS: &[(&str, &str)] = &[];

/// The crystalpay imitation's state.
#[derive(Debug, Default)]
pub struct Crystalpay {}

impl Crystalpay {
    pub(crate) async fn pay(&self, _state: &State, id: &str) -> Result<Option<Delivery>, SandboxError> {
        Err(SandboxError::NotFound {
            provider: Provider::Crystalpay,
            what: "invoice",
            id: id.to_owned(),
        })
    }
}

pub(crate) fn router() -> Router<Arc<State>> {
    Router::new().fallback(|| async { axum::http::StatusCode::NOT_IMPLEMENTED })
}
