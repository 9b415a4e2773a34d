//! Every operation of every spec answers: what the provider modules do not imitate
//! with state is answered from the spec, by one handler, [`answer`].
//!
//! [`OPERATIONS`] is generated from `specs/*.yaml` by `cargo xtask generate` (the published
//! crate cannot read the specs): per operation its method and path, its required query
//! parameters and body members, the success status, media type and example, and which request
//! members the example echoes. A provider module names the operations it imitates with state
//! ([`Imitation::STATEFUL`]); [`routes`] adds every other operation of its spec, so a new
//! operation in a spec is served from its example without touching the sandbox.
//!
//! The order of a call from an example is the provider's own: [`gate`], the one credential
//! check of every module, refuses what the provider refuses ([`Imitation::authorize`]); then
//! a missing required query parameter or body member gets the provider's refusal
//! ([`Imitation::missing`]); then the example is answered, with the request's value in place
//! of each member the example echoes (same name, at the top of the answer or under `data`),
//! kept in the example's JSON type (a string stays a string, a number stays a number).
//!
//! An operation whose answer is a file without an example (PayKeeper's `.xlsx` exports) is
//! answered with the smallest valid file of that kind: an empty ZIP archive, which is the
//! container of `.xlsx`.

use std::sync::Arc;

use axum::Router;
use axum::body::{Body, Bytes};
use axum::extract::{Request, State as AxumState};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodFilter, on};
use serde_json::{Map, Value};

use crate::{Provider, State};

pub use crate::operations::OPERATIONS;

/// One operation of a spec, as the sandbox serves it ([`OPERATIONS`]).
#[derive(Debug)]
pub struct Operation {
    /// Whose spec it is in.
    pub provider: Provider,
    /// Its `operationId` (the client's method name).
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The spec's path template (after [`Provider::api_root`]), `{name}` for a path parameter.
    pub path: &'static str,
    /// The query parameters the spec marks required.
    pub query: &'static [&'static str],
    /// The top-level request body members the spec marks required.
    pub body: &'static [&'static str],
    /// The success status.
    pub status: u16,
    /// The success answer's media type.
    pub content_type: &'static str,
    /// The success example, JSON text (`None` for a binary answer without one).
    pub example: Option<&'static str>,
    /// Where the example carries a request member of the same name (JSON pointers: `/name`
    /// or `/data/name`).
    pub echoes: &'static [&'static str],
}

impl Operation {
    /// The path the sandbox serves it at, under [`Provider::prefix`].
    pub fn served_path(&self) -> String {
        format!("{}{}", self.provider.api_root(), self.path)
    }

    /// Whether the sandbox imitates it with state (otherwise it answers from the example).
    pub fn is_stateful(&self) -> bool {
        stateful(self.provider).contains(&self.id)
    }
}

/// The operations of `provider`'s spec the sandbox imitates with state (the rest answer from
/// the spec's examples).
pub fn stateful(provider: Provider) -> &'static [&'static str] {
    match provider {
        Provider::Onebox => crate::onebox::Imitated::STATEFUL,
        Provider::Paykeeper => crate::paykeeper::Imitated::STATEFUL,
        Provider::Invoicebox => crate::invoicebox::Imitated::STATEFUL,
        Provider::Crystalpay => crate::crystalpay::Imitated::STATEFUL,
        Provider::Sber => crate::sber::Imitated::STATEFUL,
    }
}

/// The most a request body may hold (the providers document no limit; this one is generous).
const BODY_LIMIT: usize = 4 << 20;

/// An empty ZIP archive (the end-of-central-directory record alone).
const EMPTY_ZIP: [u8; 22] = [
    0x50, 0x4b, 0x05, 0x06, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
];

/// What a provider module tells the shared request handling.
pub(crate) trait Imitation: Send + Sync + 'static {
    /// Which provider.
    const PROVIDER: Provider;
    /// The operations the module imitates with state, by `operationId`.
    const STATEFUL: &'static [&'static str];
    /// The provider's credential check (and anything it checks before reading the
    /// operation's input): its refusal, or `None` to go on.
    fn authorize(state: &State, request: &Parts, input: &Input) -> Option<Response>;
    /// The provider's refusal of a request without the required `name` (`body`: a body that
    /// is neither a form nor a JSON object).
    fn missing(name: &str) -> Response;
    /// The provider's success answer with `body` (JSON text of the example).
    fn respond(status: StatusCode, content_type: &str, body: String) -> Response {
        (status, [(header::CONTENT_TYPE, content_type.to_owned())], body).into_response()
    }
}

/// A request as [`gate`] read it, for the handlers: the query's pairs and the whole body.
#[derive(Clone, Debug, Default)]
pub(crate) struct Input {
    /// The decoded query pairs, in order.
    pub(crate) query: Vec<(String, String)>,
    /// The body's bytes.
    pub(crate) body: Bytes,
    /// Whether the body was sent as `application/x-www-form-urlencoded`.
    pub(crate) form: bool,
}

impl Input {
    fn read(parts: &Parts, body: Bytes) -> Input {
        let query = parts
            .uri
            .query()
            .map(|q| form_pairs(q.as_bytes()))
            .unwrap_or_default();
        Input {
            query,
            form: is_form(&parts.headers),
            body,
        }
    }

    /// The body's top-level members: a form's fields as strings, a JSON object's members;
    /// `None` when the body is neither (an empty body has no members).
    pub(crate) fn members(&self) -> Option<Map<String, Value>> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            return Some(Map::new());
        }
        if self.form {
            return Some(
                form_pairs(&self.body)
                    .into_iter()
                    .map(|(k, v)| (k, Value::String(v)))
                    .collect(),
            );
        }
        match serde_json::from_slice(&self.body) {
            Ok(Value::Object(members)) => Some(members),
            _ => None,
        }
    }

    /// The last value of query parameter `name` (`name[]` too).
    pub(crate) fn query(&self, name: &str) -> Option<&str> {
        let bare = name.trim_end_matches("[]");
        self.query
            .iter()
            .rev()
            .find(|(k, _)| k == name || k.trim_end_matches("[]") == bare)
            .map(|(_, v)| v.as_str())
    }
}

fn form_pairs(text: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(text).into_owned().collect()
}

fn is_form(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|v| v.trim().eq_ignore_ascii_case("application/x-www-form-urlencoded"))
}

/// The one credential check of every provider module, as axum middleware: reads the body
/// (once, up to a limit), runs the provider's [`Imitation::authorize`], and hands the request
/// on with the body put back and the [`Input`] as an extension.
pub(crate) async fn gate<I: Imitation>(
    AxumState(state): AxumState<Arc<State>>,
    request: Request,
    next: Next,
) -> Response {
    let (parts, body) = request.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, BODY_LIMIT).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "request body too large\n").into_response();
    };
    let input = Input::read(&parts, bytes.clone());
    if let Some(refusal) = I::authorize(&state, &parts, &input) {
        return refusal;
    }
    let mut request = Request::from_parts(parts, Body::from(bytes));
    request.extensions_mut().insert(input);
    next.run(request).await
}

/// `router` with a route for every operation of `I`'s spec that `I` does not imitate with
/// state, answered by [`answer`] (behind the module's [`gate`], which the caller layers).
pub(crate) fn routes<I: Imitation>(mut router: Router<Arc<State>>) -> Router<Arc<State>> {
    for op in OPERATIONS
        .iter()
        .filter(|op| op.provider == I::PROVIDER && !I::STATEFUL.contains(&op.id))
    {
        let Some(filter) = method_filter(op.method) else {
            continue;
        };
        let path = format!("{}{}", I::PROVIDER.api_root(), op.path);
        router = router.route(
            &path,
            on(filter, move |request: Request| async move {
                let input = request.extensions().get::<Input>().cloned().unwrap_or_default();
                answer::<I>(op, &input, request.uri().path())
            }),
        );
    }
    router
}

fn method_filter(method: &str) -> Option<MethodFilter> {
    Some(match Method::from_bytes(method.as_bytes()).ok()? {
        Method::GET => MethodFilter::GET,
        Method::POST => MethodFilter::POST,
        Method::PUT => MethodFilter::PUT,
        Method::DELETE => MethodFilter::DELETE,
        Method::PATCH => MethodFilter::PATCH,
        _ => return None,
    })
}

/// Answers `op` from its example: the required input first, then the example with the
/// request's echoed members.
pub(crate) fn answer<I: Imitation>(op: &Operation, input: &Input, path: &str) -> Response {
    for name in op.query {
        if input.query(name).is_none_or(str::is_empty) {
            return I::missing(name);
        }
    }
    let Some(members) = input.members() else {
        return I::missing("body");
    };
    for name in op.body {
        if members.get(*name).is_none_or(Value::is_null) {
            return I::missing(name);
        }
    }
    let status = StatusCode::from_u16(op.status).unwrap_or(StatusCode::OK);
    let Some(example) = op.example else {
        return (
            status,
            [(header::CONTENT_TYPE, op.content_type)],
            Bytes::from_static(&EMPTY_ZIP),
        )
            .into_response();
    };
    let Ok(mut value) = serde_json::from_str::<Value>(example) else {
        return I::respond(status, op.content_type, example.to_owned());
    };
    let params = path_params(op, path);
    for pointer in op.echoes {
        let name = pointer.rsplit('/').next().unwrap_or_default();
        let sent = members
            .get(name)
            .cloned()
            .or_else(|| input.query(name).map(|v| Value::String(v.to_owned())))
            .or_else(|| {
                params
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| Value::String(v.clone()))
            });
        if let (Some(sent), Some(slot)) = (sent, value.pointer_mut(pointer))
            && let Some(echoed) = same_type(slot, &sent)
        {
            *slot = echoed;
        }
    }
    I::respond(status, op.content_type, value.to_string())
}

/// `sent` in the JSON type of `example`: a string as text, a number as a number; `None` when it
/// does not fit.
fn same_type(example: &Value, sent: &Value) -> Option<Value> {
    match (example, sent) {
        (Value::String(_), Value::String(s)) => Some(Value::String(s.clone())),
        (Value::String(_), Value::Number(n)) => Some(Value::String(n.to_string())),
        (Value::Number(_), Value::Number(n)) => Some(Value::Number(n.clone())),
        (Value::Number(e), Value::String(s)) => {
            let parsed: serde_json::Number = serde_json::from_str(s.trim()).ok()?;
            // An integer stays an integer.
            (e.is_f64() || !parsed.is_f64()).then_some(Value::Number(parsed))
        }
        _ => None,
    }
}

/// The path parameters of `op` in the request's `path` (after the provider's prefix).
fn path_params(op: &Operation, path: &str) -> Vec<(&'static str, String)> {
    let template: Vec<&'static str> = op.path.split('/').collect();
    let actual: Vec<&str> = path.split('/').collect();
    let offset = actual.len().saturating_sub(template.len());
    template
        .iter()
        .zip(&actual[offset..])
        .filter_map(|(t, a)| {
            let name = t.strip_prefix('{')?.strip_suffix('}')?;
            let decoded = percent_decode(a);
            Some((name, decoded))
        })
        .collect()
}

fn percent_decode(text: &str) -> String {
    form_urlencoded::parse(format!("v={}", text.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn echoed_values_keep_the_examples_type() {
        assert_eq!(
            same_type(&Value::from("x"), &Value::from(5)),
            Some(Value::from("5"))
        );
        assert_eq!(
            same_type(&Value::from(1), &Value::from("42")),
            Some(Value::from(42))
        );
        assert_eq!(same_type(&Value::from(1), &Value::from("4.5")), None);
        assert_eq!(
            same_type(&Value::from(1.5), &Value::from("4.5")),
            Some(Value::from(4.5))
        );
        assert_eq!(same_type(&Value::from(1), &Value::from("abc")), None);
        assert_eq!(same_type(&Value::Bool(true), &Value::from("1")), None);
    }

    #[test]
    fn every_stateful_name_is_an_operation_of_its_spec() {
        for provider in Provider::ALL {
            for id in stateful(provider) {
                assert!(
                    OPERATIONS
                        .iter()
                        .any(|op| op.provider == provider && op.id == *id),
                    "{provider}: {id} is not in the spec"
                );
            }
        }
    }

    #[test]
    fn every_example_is_json() {
        for op in OPERATIONS {
            if let Some(example) = op.example {
                assert!(
                    serde_json::from_str::<Value>(example).is_ok(),
                    "{} {}",
                    op.provider,
                    op.id
                );
            } else {
                assert!(
                    !op.content_type.contains("json"),
                    "{} {}: no example",
                    op.provider,
                    op.id
                );
            }
        }
    }
}
