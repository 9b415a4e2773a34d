//! `xtask::generate_provider` on small fixture specs: the insta lock of the generated code, the
//! additions the xtask makes on top of progenitor, determinism, and how failures are reported.

use xtask::Generated;

const QUERY_AUTH: &str = include_str!("fixtures/query_auth.yaml");
const JSON_BODY: &str = include_str!("fixtures/json_body.yaml");

// The tests run on several threads at once on purpose: the xtask silences progenitor's
// panics per thread, so concurrent runs must neither hide each other's panics nor ours.
fn generate_provider(provider: &str, file: &str, yaml: &str) -> Result<Generated, String> {
    xtask::generate_provider(provider, file, yaml)
}

fn generate(provider: &str, file: &str, yaml: &str) -> Generated {
    generate_provider(provider, file, yaml).unwrap_or_else(|e| panic!("{file}: {e}"))
}

fn generate_err(yaml: &str) -> String {
    match generate_provider("broken", "broken.yaml", yaml) {
        Ok(g) => panic!("expected an error, got {} operations", g.operations),
        Err(e) => e,
    }
}

/// progenitor's request building is as progenitor wrote it: none of the rewrites the xtask
/// once made (`compact` is the generated code without whitespace).
fn assert_no_rewrites(compact: &str) {
    for rewrite in [
        "payspec_request",
        "query_some",
        "::payspec::hooks::encode_path",
        "hooks::run",
    ] {
        assert!(!compact.contains(rewrite), "{rewrite} in the generated code");
    }
}

/// A failure message must be one readable line: no panic location, no backtrace.
fn assert_no_panic_noise(err: &str) {
    assert!(!err.contains("panicked at"), "panic location leaked: {err}");
    assert!(!err.contains("stack backtrace"), "backtrace leaked: {err}");
    assert!(!err.contains("RUST_BACKTRACE"), "backtrace hint leaked: {err}");
}

/// The text of the `IntoFuture` impl the xtask writes for one builder.
fn into_future_impl<'a>(code: &'a str, builder: &str) -> &'a str {
    let head = format!("impl<'a> ::std::future::IntoFuture for {builder}<'a> {{");
    let start = code
        .find(&head)
        .unwrap_or_else(|| panic!("no `{head}` in the generated code"));
    let rest = &code[start..];
    let end = rest.find("\n    }\n").map_or(rest.len(), |i| i + 6);
    &rest[..end]
}

#[test]
fn query_auth_spec_snapshot() {
    let generated = generate("queryauth", "query_auth.yaml", QUERY_AUTH);
    let code = &generated.code;

    assert!(
        code.starts_with("// @generated from specs/query_auth.yaml "),
        "header: {}",
        code.lines().next().unwrap_or_default()
    );
    assert!(code.contains("// Provider: queryauth."));
    assert_eq!(generated.operations, 2);
    // `Item` only: `Decimal` and `ItemList` are replaced by the `x-rust-type`s.
    assert_eq!(generated.types, 1);
    assert!(code.contains("pub struct Item {"));
    assert!(
        !code.contains("pub struct ItemList"),
        "ItemList must be replaced, not generated"
    );
    assert!(
        !code.contains("pub struct Decimal"),
        "Decimal must be replaced, not generated"
    );

    // One IntoFuture per operation: progenitor's own send(), its result mapped once.
    assert_eq!(code.matches("impl<'a> ::std::future::IntoFuture for").count(), 2);
    for (builder, op) in [("GetItem", "get_item"), ("ListItems", "list_items")] {
        let imp = into_future_impl(code, builder);
        let compact: String = imp.split_whitespace().collect();
        assert!(
            compact.contains(&format!(
                "::payspec::hooks::call(client.inner(),\"{op}\",asyncmove{{::payspec::hooks::finish(client.inner(),\"{op}\",self.send().await,).await}},)"
            )),
            "{imp}"
        );
    }
    // progenitor's request building is left as it wrote it: no payspec rewrites.
    let compact: String = code.split_whitespace().collect();
    assert_no_rewrites(&compact);
    assert!(
        compact.contains(".query(&progenitor_client::QueryParam::new(\"itemid\",&itemid))"),
        "optional itemid as progenitor adds it"
    );

    // x-rust-type: the Decimal parameter and the lenient list of qualified items.
    assert!(code.contains("::payspec::Decimal"));
    assert!(
        code.contains("::payspec::LenientList<crate::generated::types::Item>"),
        "the LenientList replacement must name the item type by its full path"
    );
    assert!(!code.contains("LenientList<Item>"));

    // x-require-one-of: a table the hooks check before the request is sent, get_item only.
    assert!(
        compact.replace(",]", "]").contains(
            "pubconstREQUIRE_ONE_OF:&[(&str,&[&[&str]])]=&[(\"get_item\",&[&[\"itemid\",\"itemcode1c\"]])];"
        ),
        "REQUIRE_ONE_OF table"
    );

    // No x-signature: an empty table.
    assert!(code.contains("pub const SIGNATURES: &[::payspec::auth::SignatureRecipe] = &[];"));
    // x-idempotent: true on list_items only (get_item has none: not retried).
    assert!(
        code.contains("pub const IDEMPOTENT: &[&str] = &[\"list_items\"];"),
        "IDEMPOTENT table"
    );

    insta::assert_snapshot!("query_auth", generated.code);
}

#[test]
fn json_body_spec_snapshot() {
    let generated = generate("jsonbody", "json_body.yaml", JSON_BODY);
    let code = &generated.code;

    assert!(
        code.starts_with("// @generated from specs/json_body.yaml "),
        "header: {}",
        code.lines().next().unwrap_or_default()
    );
    assert_eq!(generated.operations, 1);
    // InvoiceCreateRequest, Invoice and the open enum InvoiceState.
    assert_eq!(generated.types, 3);

    assert_eq!(code.matches("impl<'a> ::std::future::IntoFuture for").count(), 1);
    let imp = into_future_impl(code, "InvoiceCreate");
    let compact: String = imp.split_whitespace().collect();
    assert!(
        compact.contains("::payspec::hooks::call(client.inner(),\"invoice_create\",asyncmove{::payspec::hooks::finish(client.inner(),\"invoice_create\",self.send().await,).await},)"),
        "the call runs progenitor's send() in the traced span: {imp}"
    );
    assert!(code.contains("pub const REQUIRE_ONE_OF: &[(&str, &[&[&str]])] = &[];"));
    // x-idempotent: false: the table is empty.
    assert!(code.contains("pub const IDEMPOTENT: &[&str] = &[];"));

    // x-signature: one row in the table.
    let row = r#"::payspec::auth::SignatureRecipe {
        operation: "invoice_create",
        field: "signature",
        of: &["amount", "id"],
        canonical: &[],
    }"#;
    assert!(code.contains(row), "SIGNATURES row missing");
    assert_eq!(code.matches("::payspec::auth::SignatureRecipe {").count(), 1);

    // x-open-enum: known variants, Other(String), and the wire values both ways.
    assert!(code.contains("pub enum InvoiceState {"));
    assert!(code.contains("Other(::std::string::String)"));
    for variant in ["Notpayed,", "Payed,", "WrongAmount,"] {
        assert!(code.contains(variant), "variant {variant} missing");
    }
    assert!(code.contains("Self::WrongAmount => \"wrong-amount\""));
    assert!(code.contains("\"wrong-amount\" => Self::WrongAmount"));
    assert!(code.contains("other => Self::Other(other.to_owned())"));
    assert!(code.contains("::payspec::text_with(d, |s: &str| Self::from(s))"));
    // Typify must not emit its own (closed) enum next to ours.
    assert_eq!(code.matches("pub enum InvoiceState").count(), 1);
    assert!(code.contains("crate::generated::types::InvoiceState"));

    insta::assert_snapshot!("json_body", generated.code);
}

#[test]
fn generation_is_deterministic() {
    for (file, yaml) in [("query_auth.yaml", QUERY_AUTH), ("json_body.yaml", JSON_BODY)] {
        let first = generate("p", file, yaml);
        let second = generate("p", file, yaml);
        assert!(first.code == second.code, "{file}: two generations differ");
        assert_eq!((first.operations, first.types), (second.operations, second.types));
    }
}

const TWO_MEDIA_TYPES: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /ok/:
    get:
      operationId: fine_operation
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /two/:
    post:
      operationId: two_media_types
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/Thing'}
          application/x-www-form-urlencoded:
            schema: {$ref: '#/components/schemas/Thing'}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"#;

const JSON_OR_NO_CONTENT: &str = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /maybe/:
    get:
      operationId: json_or_nothing
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
        "204":
          description: nothing
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"#;

#[test]
fn generator_panic_on_two_media_types_names_the_operation() {
    let err = generate_err(TWO_MEDIA_TYPES);
    assert!(err.starts_with("operation two_media_types: "), "{err}");
    assert!(err.contains("more media types"), "{err}");
    assert!(
        !err.contains("fine_operation"),
        "only the culprit is named: {err}"
    );
    assert!(!err.contains('\n'), "one line: {err}");
    assert_no_panic_noise(&err);
}

#[test]
fn generator_panic_on_200_and_204_names_the_operation() {
    let err = generate_err(JSON_OR_NO_CONTENT);
    assert!(err.starts_with("operation json_or_nothing: "), "{err}");
    assert!(!err.contains('\n'), "one line: {err}");
    assert_no_panic_noise(&err);
}

#[test]
fn duplicate_operation_id_is_reported() {
    let yaml = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /a/:
    get:
      operationId: same_name
      responses: {"200": {description: ok}}
  /b/:
    get:
      operationId: same_name
      responses: {"200": {description: ok}}
"#;
    let err = generate_err(yaml);
    assert!(err.contains("duplicate operation ID"), "{err}");
    assert!(err.contains("same_name"), "{err}");
    assert_no_panic_noise(&err);
}

#[test]
fn missing_operation_id_is_reported() {
    let yaml = r#"
openapi: 3.0.3
info: {title: t, version: "1"}
paths:
  /nameless/:
    get:
      responses: {"200": {description: ok}}
"#;
    let err = generate_err(yaml);
    assert!(err.contains("/nameless/"), "{err}");
    assert!(err.contains("missing operation ID"), "{err}");
    assert_no_panic_noise(&err);
}

#[test]
fn not_yaml_names_the_spec_file() {
    let err = generate_err("openapi: [3.0.3\n  : {{{\n");
    assert!(err.starts_with("specs/broken.yaml: "), "{err}");
    assert!(err.contains("not valid YAML"), "{err}");
}

#[test]
fn yaml_that_is_not_openapi_names_the_spec_file() {
    let err = generate_err("just: a map\n");
    assert!(err.starts_with("specs/broken.yaml: "), "{err}");
    assert!(err.contains("not an OpenAPI 3.0 document"), "{err}");
}

/// One GET `/x/` operation with the given extra operation YAML and components.
fn spec_with(op_extra: &str, params: &str, schemas: &str) -> String {
    format!(
        r#"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /x/:
    post:
      operationId: op_x
{op_extra}
      parameters:
{params}
      requestBody:
        required: true
        content:
          application/json:
            schema: {{$ref: '#/components/schemas/Body'}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Body'}}
components:
  schemas:
    Body:
      type: object
      properties:
        amount: {{type: string}}
{schemas}
"#
    )
}

const PARAMS: &str = "        - {name: XMLId, in: query, schema: {type: string}}
        - {name: 1c, in: query, schema: {type: string}}
        - {name: needed, in: query, required: true, schema: {type: string}}";

#[test]
fn require_one_of_resolves_progenitor_field_names() {
    // The names are checked against progenitor's sanitised fields (`xml_id`, `_1c`); the
    // table keeps the wire names, which the hooks look for in the request.
    let yaml = spec_with("      x-require-one-of: [[XMLId, 1c]]", PARAMS, "");
    let code = generate("p", "p.yaml", &yaml).code;
    let compact: String = code.split_whitespace().collect();
    assert!(
        compact
            .replace(",]", "]")
            .contains("REQUIRE_ONE_OF:&[(&str,&[&[&str]])]=&[(\"op_x\",&[&[\"XMLId\",\"1c\"]])];"),
        "{}",
        &compact[compact.find("REQUIRE_ONE_OF").unwrap_or(0)..][..120]
    );
}

#[test]
fn require_one_of_rejects_unknown_and_required_parameters() {
    let err = generate_err(&spec_with("      x-require-one-of: [[XMLId, nope]]", PARAMS, ""));
    assert_eq!(
        err,
        "operation op_x: x-require-one-of names `nope`, which is not a parameter"
    );
    let err = generate_err(&spec_with("      x-require-one-of: [[needed, 1c]]", PARAMS, ""));
    assert_eq!(
        err,
        "operation op_x: x-require-one-of names `needed`, which is required; make it optional"
    );
}

#[test]
fn signature_of_a_field_the_body_lacks_is_an_error() {
    let yaml = spec_with(
        "      x-signature: {field: signature, of: [amount, wallet]}",
        PARAMS,
        "",
    );
    let err = generate_err(&yaml);
    assert_eq!(
        err,
        "operation op_x: x-signature signs `wallet`, which the request body does not have"
    );
    let yaml = spec_with(
        "      x-signature: {field: signature, of: [amount], canonical: [wallet]}",
        PARAMS,
        "",
    );
    assert_eq!(
        generate_err(&yaml),
        "operation op_x: x-signature `canonical` names `wallet`, which it does not sign (`of`)"
    );
}

#[test]
fn open_enum_values_that_collide_as_rust_variants_are_an_error() {
    let schemas = "    State: {type: string, enum: [wrong-amount, wrong_amount], x-open-enum: true}";
    let err = generate_err(&spec_with("", PARAMS, schemas));
    assert!(
        err.starts_with("schema State: enum value \"wrong_amount\""),
        "{err}"
    );
}

#[test]
fn a_broken_component_is_blamed_instead_of_every_operation() {
    let schemas = "    Broken: {type: object, properties: {x: {$ref: '#/components/schemas/Missing'}}}";
    let err = generate_err(&spec_with("", PARAMS, schemas));
    assert!(err.starts_with("components: "), "{err}");
    assert!(!err.contains("op_x"), "{err}");
    assert_no_panic_noise(&err);
}

#[test]
fn panics_elsewhere_are_still_reported_after_generation() {
    // The xtask wraps the panic hook; a panic outside generation must still reach it.
    let _ = generate_provider("broken", "broken.yaml", JSON_OR_NO_CONTENT);
    let caught = std::panic::catch_unwind(|| panic!("visible"));
    assert!(caught.is_err());
}

/// A GET list with `page` / `pageSize` query parameters answering `{data: [...]}`, with the
/// given `x-pagination`.
fn paged_spec(pagination: &str) -> String {
    format!(
        r#"
openapi: 3.0.3
info: {{title: t, version: "1"}}
paths:
  /items/:
    get:
      operationId: item_list
      x-pagination: {pagination}
      parameters:
        - {{name: status, in: query, schema: {{type: string}}}}
        - {{name: page, in: query, schema: {{type: integer, format: int64}}}}
        - {{name: pageSize, in: query, schema: {{type: integer, format: int64}}}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/ItemPage'}}
components:
  schemas:
    ItemPage:
      type: object
      properties:
        data:
          type: array
          items: {{$ref: '#/components/schemas/Item'}}
    Item:
      type: object
      properties:
        id: {{type: string}}
"#
    )
}

#[test]
fn x_pagination_gives_the_builder_a_stream() {
    let code = generate(
        "p",
        "p.yaml",
        &paged_spec("{page: page, first: 1, size: pageSize, page-size: 30, items: data}"),
    )
    .code;
    let compact: String = code.split_whitespace().collect();
    for wanted in [
        "pubfnstream(self,)->::payspec::paginate::Pages<'a,<types::ItemPageas::payspec::paginate::Items>::Item,>{self.stream_by(30i64)}",
        "pubfnstream_by(self,page_size:i64,)",
        "operation:\"item_list\",first:1i64,offset:false,page_size,",
        "letcall=self.clone().page(page).page_size(page_size);",
        "impl::payspec::paginate::ItemsforItemPage{typeItem=<::std::vec::Vec<Item>as::payspec::paginate::Items>::Item;",
        "::payspec::paginate::Items::into_items(self.data)",
    ] {
        let at = compact.find("pubfnstream").unwrap_or(0);
        assert!(
            compact.contains(wanted),
            "missing {wanted} in {}",
            &compact[at..(at + 900).min(compact.len())]
        );
    }
    // A fixed page size and an offset: no stream_by, the offset flag set.
    let code = generate(
        "p",
        "p.yaml",
        &paged_spec("{page: page, first: 0, offset: true, page-size: 1000, items: data}"),
    )
    .code;
    let compact: String = code.split_whitespace().collect();
    assert!(!compact.contains("pubfnstream_by"));
    assert!(compact.contains("letpage_size:i64=1000i64;"));
    assert!(compact.contains("first:0i64,offset:true,"));
    assert!(compact.contains("letcall=self.clone().page(page);"));
}

#[test]
fn a_wrong_x_pagination_is_a_clear_error() {
    for (pagination, message) in [
        (
            "{page: page, first: 1, page-size: 30, item: data}",
            "operation item_list: x-pagination has an unknown key `item`",
        ),
        (
            "{page: page, first: 1}",
            "operation item_list: x-pagination needs `page-size`, a positive integer",
        ),
        (
            "{first: 1, page-size: 3}",
            "operation item_list: x-pagination needs `page`, the parameter that selects the page",
        ),
        (
            "{page: part, first: 1, page-size: 3, items: data}",
            "operation item_list: x-pagination: `part` is neither a parameter nor a body field",
        ),
        (
            "{page: page, first: 1, page-size: 3, items: rows}",
            "operation item_list: x-pagination: the answer `ItemPage` has no field `rows`",
        ),
        (
            "{page: page, first: 1, page-size: 3, items: data, has-next: more}",
            "operation item_list: x-pagination: the answer `ItemPage` has no field `more`",
        ),
        (
            "{page: page, first: 1, page-size: 3, has-next: data}",
            "operation item_list: x-pagination `has-next` must name the answer's next-page flag, beside `items`",
        ),
    ] {
        let err = generate_err(&paged_spec(pagination));
        assert!(err.ends_with(message), "{pagination}: {err}");
    }
}

const REWRITES: &str = r#"
openapi: 3.0.3
info: {title: t, version: "7"}
paths:
  /things/{id}/{count}:
    get:
      operationId: thing_get
      parameters:
        - {name: id, in: path, required: true, schema: {type: string}}
        - {name: count, in: path, required: true, schema: {type: integer}}
        - {name: author, in: header, required: false, schema: {type: string}}
        - {name: limit, in: query, required: false, schema: {type: integer}}
        - {name: kind, in: query, required: true, schema: {type: string}}
      responses:
        "200":
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Thing'}
  /export:
    get:
      operationId: export_all
      responses:
        "200":
          description: a file
          content:
            application/octet-stream:
              schema: {type: string, format: binary}
components:
  schemas:
    Thing:
      type: object
      properties:
        id: {type: string}
"#;

/// Every operation, JSON or byte stream, awaits progenitor's own `send()`; its request
/// building is left as progenitor wrote it (its `encode_path`, `QueryParam`, header map).
#[test]
fn every_operation_awaits_progenitors_own_send() {
    let generated = generate("rw", "rewrites.yaml", REWRITES);
    let compact: String = generated.code.split_whitespace().collect();
    assert_no_rewrites(&compact);
    assert!(
        compact.contains("encode_path(&id.to_string())"),
        "progenitor's path encoding"
    );
    assert!(
        compact.contains("encode_path(&count.to_string())"),
        "progenitor's path encoding"
    );
    assert!(compact.contains(".query(&progenitor_client::QueryParam::new(\"limit\",&limit))"));
    assert!(compact.contains(".query(&progenitor_client::QueryParam::new(\"kind\",&kind))"));
    assert!(
        compact.contains("header_map.append(::reqwest::header::HeaderName::from_static(\"api-version\")")
    );
    for (builder, op) in [("ExportAll", "export_all"), ("ThingGet", "thing_get")] {
        let future: String = into_future_impl(&generated.code, builder)
            .split_whitespace()
            .collect();
        assert!(
            future.contains(&format!(
                "::payspec::hooks::call(client.inner(),\"{op}\",asyncmove{{::payspec::hooks::finish(client.inner(),\"{op}\",self.send().await,).await}},)"
            )),
            "{future}"
        );
    }
    assert_eq!(
        compact.matches("pubasyncfnsend(").count(),
        2,
        "one send() per operation"
    );
}

/// The two lowerings of `xtask::lower` reach progenitor: a null-only branch gives `Option<T>`
/// (not a struct of flattened subtypes), the envelope branch of a 200 leaves the success type
/// (not an untagged enum), and `additionalProperties: {}` gives the `extra` remainder.
#[test]
fn the_generator_is_given_the_lowered_spec() {
    let yaml = r#"
openapi: 3.0.3
info: {title: Lowering fixture, version: v1, description: Lowering.}
x-error-envelope: '#/components/schemas/Fail'
x-source: ["https://example.org/api"]
paths:
  /things/:
    get:
      operationId: thing_get
      summary: Read a thing
      description: Reads one thing.
      x-source: https://example.org/api#get
      x-idempotent: true
      responses:
        "200":
          description: The thing, or a refusal.
          content:
            application/json:
              schema:
                anyOf:
                  - $ref: '#/components/schemas/Thing'
                  - $ref: '#/components/schemas/Fail'
components:
  schemas:
    Fail:
      type: object
      required: [status]
      properties:
        status: {type: string, enum: [fail]}
      x-envelope: {marker: [status], failure: [fail]}
    Thing:
      type: object
      additionalProperties: {}
      properties:
        parent:
          description: The parent, or null.
          anyOf:
            - $ref: '#/components/schemas/Label'
            - {type: string, nullable: true, enum: [null]}
    Label:
      type: object
      properties:
        name: {type: string}
"#;
    let code = generate("lowering", "lowering.yaml", yaml).code;
    assert!(
        code.contains("pub parent: ::std::option::Option<Label>,"),
        "the null branch is lowered to Option<Label>"
    );
    assert!(
        !code.contains("ThingParent"),
        "no wrapper type for the null branch"
    );
    assert!(!code.contains("ThingGetResponse"), "no untagged enum for the 200");
    assert!(
        code.contains("type Output = ::std::result::Result<types::Thing, ::payspec::Error>;"),
        "the 200 decodes as the success type: {}",
        into_future_impl(&code, "ThingGet")
    );
    assert!(
        code.contains("pub extra: ::serde_json::Map<::std::string::String, ::serde_json::Value>,"),
        "additionalProperties: {{}} keeps unknown members"
    );
}

/// A malformed table extension fails the generation, naming the schema or operation.
#[test]
fn a_malformed_table_extension_fails_the_generation() {
    let spec = |envelope: &str, check: &str| {
        format!(
            r#"
openapi: 3.0.3
info: {{title: Tables fixture, version: v1, description: Tables.}}
x-error-envelope: '#/components/schemas/Fail'
paths:
  /things/:
    get:
      operationId: thing_get
      x-idempotent: true
      {check}
      responses:
        "200":
          description: The thing.
          content:
            application/json:
              schema: {{$ref: '#/components/schemas/Fail'}}
components:
  schemas:
    Fail:
      type: object
      properties:
        status: {{type: string}}
      {envelope}
"#
        )
    };
    assert!(
        generate_provider(
            "t",
            "t.yaml",
            &spec("x-envelope: {marker: [status], failure: [fail]}", "")
        )
        .is_ok()
    );
    for (envelope, check, expected) in [
        (
            "",
            "",
            "specs/t.yaml: components.schemas.Fail: x-envelope is missing (the schema x-error-envelope names needs one)",
        ),
        (
            "x-envelope: {marker: [state]}",
            "",
            "specs/t.yaml: components.schemas.Fail: x-envelope: `marker` names the path state, which Fail does not declare",
        ),
        (
            "x-envelope: {marker: [status]}",
            "x-pre-send-check: totals",
            "specs/t.yaml: operation thing_get: x-pre-send-check `totals` is not one of basket-totals, order-total",
        ),
    ] {
        let err = generate_provider("t", "t.yaml", &spec(envelope, check)).unwrap_err();
        assert_eq!(err, expected);
    }
}
