//! `cargo xtask lint` (`xtask::lint`): every rule has a small fixture spec under
//! `fixtures/lint/` that triggers exactly that one finding (the whole line is compared, pointer
//! included); a few fixtures must pass clean (what the lenient components accept, the
//! extensions used right); and the five real specs must pass.

use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/lint")
        .join(format!("{name}.yaml"))
}

fn lint(name: &str) -> Vec<String> {
    let path = fixture(name);
    let yaml = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    xtask::lint::lint_spec(&format!("{name}.yaml"), &yaml)
}

/// `fixture: "the one expected line";`
macro_rules! exactly_one_finding {
    ($($name:ident: $line:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_eq!(lint(stringify!($name)), vec![$line.to_owned()]);
        }
    )*};
}

macro_rules! clean {
    ($($name:ident),* $(,)?) => {$(
        #[test]
        fn $name() {
            assert_eq!(lint(stringify!($name)), Vec::<String>::new());
        }
    )*};
}

clean!(
    clean,
    envelope_and_null_clean,
    envelope_by_status_clean,
    client_fills_clean,
    example_nullable,
    lenient_accepted,
    require_one_of_clean,
    signature_clean,
);

exactly_one_finding! {
    envelope_not_shown:
        r##"specs/envelope_not_shown.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json/schema: refusals arrive with HTTP 200 here (`x-error-envelope`): show them, `anyOf: [{$ref: <success>}, {$ref: '#/components/schemas/Fail'}]`"##;
    source_no_url:
        r##"specs/source_no_url.yaml: thing_get: /paths/~1things~1{id}/get/x-source: x-source names no public page: give its https:// URL (and the section or table)"##;
    source_file:
        r##"specs/source_file.yaml: thing_get: /paths/~1things~1{id}/get/x-source: x-source names the file `notes/shop.md`, which a reader of the spec does not have: cite the public page (a seed may be named as text, "seed 002, §3.1")"##;
    lenient_schema_narrow:
        r##"specs/lenient_schema_narrow.yaml: Int: /components/schemas/Int: ::payspec::Int accepts " 7 " but the schema does not: write the schema of specs/CONVENTIONS.md ("Tolerant decoding")"##;
    additional_properties_false:
        r##"specs/additional_properties_false.yaml: Thing: /components/schemas/Thing/additionalProperties: `additionalProperties: false` turns on deny_unknown_fields: a field the provider adds fails decoding"##;
    body_two_media_types:
        r##"specs/body_two_media_types.yaml: thing_create: /paths/~1things/post/requestBody/content: 2 media types on one request body (progenitor panics: `more media types than expected`)"##;
    body_without_schema:
        r##"specs/body_without_schema.yaml: thing_create: /paths/~1things/post/requestBody/content/application~1json: a request body without schema (progenitor: `No schema specified for request body`)"##;
    client_fills_required:
        r##"specs/client_fills_required.yaml: thing_create: /paths/~1things/post/x-client-fills/0: x-client-fills names `name`, which is required; the client fills it only when the caller leaves it out, so make it optional"##;
    client_fills_shape:
        r##"specs/client_fills_shape.yaml: thing_create: /paths/~1things/post/x-client-fills: x-client-fills must be a list of body field names"##;
    client_fills_unknown:
        r##"specs/client_fills_unknown.yaml: thing_create: /paths/~1things/post/x-client-fills/0: x-client-fills names `store`, which the request body does not have"##;
    closed_enum:
        r##"specs/closed_enum.yaml: Thing: /components/schemas/Thing/properties/status/enum: closed enum of strings: a value the provider adds later fails the whole response; make it a component with `x-open-enum: true`, or a plain string"##;
    component_name:
        r##"specs/component_name.yaml: THING: /components/schemas/THING: component name is not PascalCase (typify renames it, and x-rust-type replacements are matched by the Rust name)"##;
    cookie_parameter:
        r##"specs/cookie_parameter.yaml: thing_get: /paths/~1things~1{id}/get/parameters/1/in: cookie parameters are not supported by progenitor"##;
    date_format:
        r##"specs/date_format.yaml: Thing: /components/schemas/Thing/properties/created/format: `format: date-time` becomes a chrono type that rejects provider dates such as `2024-01-10 11:08:11`; keep dates `type: string` without format"##;
    deep_object:
        r##"specs/deep_object.yaml: thing_get: /paths/~1things~1{id}/get/parameters/1/style: `style: deepObject` is not supported by progenitor for query parameters (only `form`); send such keys through a `filter` parameter of x-rust-type ::payspec::QueryFilter"##;
    default_response:
        r##"specs/default_response.yaml: thing_get: /paths/~1things~1{id}/get/responses/default: a `default` response: progenitor counts it as a success response too (panics next to 200); declare `4XX`/`5XX` instead"##;
    description_missing:
        r##"specs/description_missing.yaml: thing_get: /paths/~1things~1{id}/get: no `description`"##;
    error_envelope:
        r##"specs/error_envelope.yaml: (document): /x-error-envelope: x-error-envelope must be '#/components/schemas/<Name>' naming an existing schema"##;
    example_exclusive_minimum:
        r##"specs/example_exclusive_minimum.yaml: Thing: /components/schemas/Thing/example/size: 0 is less than or equal to the minimum of 0"##;
    example_named:
        r##"specs/example_named.yaml: Eight: /components/examples/Eight/value/id: false is not of type "string""##;
    example_parameter:
        r##"specs/example_parameter.yaml: thing_get: /paths/~1things~1{id}/get/parameters/0/example: "7" is not of type "integer""##;
    example_request_body:
        r##"specs/example_request_body.yaml: thing_create: /paths/~1things/post/requestBody/content/application~1json/example: "name" is a required property"##;
    example_response:
        r##"specs/example_response.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json/example/id: 7 is not of type "string""##;
    example_schema:
        r##"specs/example_schema.yaml: Thing: /components/schemas/Thing/properties/id/example: [7] is not of type "string""##;
    explode_false:
        r##"specs/explode_false.yaml: thing_get: /paths/~1things~1{id}/get/parameters/1/explode: progenitor ignores `explode: false`: an array is still sent as repeated keys (`a=1&a=2`), never as `a=1,2`"##;
    form_nested_field:
        r##"specs/form_nested_field.yaml: NewThing: /components/schemas/NewThing/properties/tags: form field `tags` is an array: serde_urlencoded fails on it at run time (`failed to serialize body`); send it as JSON text (x-rust-type ::payspec::JsonText<...>)"##;
    form_body_encoding:
        r##"specs/form_body_encoding.yaml: thing_create: /paths/~1things/post/requestBody/content/application~1x-www-form-urlencoded/encoding: an `encoding` object on a request body (progenitor panics: `media type encoding not empty`)"##;
    inline_error_schema:
        r##"specs/inline_error_schema.yaml: thing_get: /paths/~1things~1{id}/get/responses/4XX/content/application~1json/schema: inline schema on a non-200 response: progenitor names every inline response schema `<OpId>Response` and silently keeps only the first; `$ref` a component"##;
    inline_success_schema:
        r##"specs/inline_success_schema.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json/schema: the 200 schema is inline: make it a component and `$ref` it"##;
    json_response_encoding:
        r##"specs/json_response_encoding.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json/encoding: an `encoding` object on a JSON response (progenitor panics)"##;
    json_response_without_schema:
        r##"specs/json_response_without_schema.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json: an application/json response without schema (progenitor panics: `media type encoding, no schema`)"##;
    json_text_mismatch:
        r##"specs/json_text_mismatch.yaml: Lenient: /components/schemas/Lenient/example/json: the JSON text does not match Item (at `/id`: "five" is not accepted by ::payspec::Int (an integer or a numeric string))"##;
    lenient_list_item:
        r##"specs/lenient_list_item.yaml: Lenient: /components/schemas/Lenient/example/list/1: "id" is a required property"##;
    lenient_rejected:
        r##"specs/lenient_rejected.yaml: Lenient: /components/schemas/Lenient/example/int: "17.5" is not accepted by ::payspec::Int (an integer or a numeric string)"##;
    multipart_body:
        r##"specs/multipart_body.yaml: thing_create: /paths/~1things/post/requestBody/content/multipart~1form-data: multipart bodies are not supported by progenitor (`unexpected content type: multipart/form-data`)"##;
    no_example:
        r##"specs/no_example.yaml: thing_get: /paths/~1things~1{id}/get: no example: give a parameter `example`, a request body example or a response example from the docs"##;
    nullable_required:
        r##"specs/nullable_required.yaml: Thing: /components/schemas/Thing/properties/id/nullable: `id` is `nullable: true` and `required`: progenitor then rejects an answer without the key; take it out of `required`"##;
    open_enum_inline:
        r##"specs/open_enum_inline.yaml: Thing: /components/schemas/Thing/properties/status/x-open-enum: x-open-enum only works on a component schema (components/schemas/<Name>); here it is ignored"##;
    open_enum_no_values:
        r##"specs/open_enum_no_values.yaml: Status: /components/schemas/Status/x-open-enum: x-open-enum needs a non-empty `enum` of strings"##;
    open_enum_not_true:
        r##"specs/open_enum_not_true.yaml: Status: /components/schemas/Status/x-open-enum: x-open-enum must be `true` (leave it out otherwise)"##;
    open_enum_unknown_value:
        r##"specs/open_enum_unknown_value.yaml: Lenient: /components/schemas/Lenient/example/status: "archived" is not one of "new" or "done""##;
    open_enum_variants:
        r##"specs/open_enum_variants.yaml: Status: /components/schemas/Status/enum/1: "in_progress" and "in-progress" both become the Rust variant `InProgress`"##;
    open_enum_with_rust_type:
        r##"specs/open_enum_with_rust_type.yaml: Text: /components/schemas/Text/x-open-enum: x-open-enum next to x-rust-type: the generator uses x-rust-type and ignores x-open-enum"##;
    openapi_version:
        r##"specs/openapi_version.yaml: (document): /openapi: `openapi: 3.1.0`: progenitor reads only OpenAPI 3.0.x (use 3.0.3)"##;
    operation_id_case:
        r##"specs/operation_id_case.yaml: getThing: /paths/~1things~1{id}/get/operationId: operationId is not snake_case (it becomes the Rust method name)"##;
    operation_id_duplicate:
        r##"specs/operation_id_duplicate.yaml: thing_get: /paths/~1things~1{id}/get/operationId: duplicate operationId, also at /paths/~1things/post/operationId"##;
    operation_id_missing:
        r##"specs/operation_id_missing.yaml: GET /things/{id}: /paths/~1things~1{id}/get: no operationId (progenitor: `path /things/{id} is missing operation ID`)"##;
    idempotent_missing:
        r##"specs/idempotent_missing.yaml: thing_get: /paths/~1things~1{id}/get: no `x-idempotent` (true: safe to repeat; false: never retried; see CONVENTIONS.md, Retries)"##;
    idempotent_shape:
        r##"specs/idempotent_shape.yaml: thing_get: /paths/~1things~1{id}/get/x-idempotent: x-idempotent must be true or false"##;
    pagination_shape:
        r##"specs/pagination_shape.yaml: thing_get: /paths/~1things~1{id}/get/x-pagination: x-pagination needs `page-size`, a positive integer"##;
    pagination_unknown_param:
        r##"specs/pagination_unknown_param.yaml: thing_get: /paths/~1things~1{id}/get/x-pagination/page: x-pagination `page` names `nope`, which is neither a query parameter nor a body property"##;
    operation_source_missing:
        r##"specs/operation_source_missing.yaml: thing_get: /paths/~1things~1{id}/get: no `x-source` (the seed section or reference URL this operation follows)"##;
    parameter_content:
        r##"specs/parameter_content.yaml: thing_get: /paths/~1things~1{id}/get/parameters/1/content: a parameter with `content` instead of `schema` (progenitor: `unexpected content`)"##;
    ref_sibling:
        r##"specs/ref_sibling.yaml: Thing: /components/schemas/Thing/properties/parent/nullable: `nullable` next to `$ref` is ignored (OpenAPI 3.0 tools and progenitor read only the `$ref`); write `anyOf: [{$ref: ...}, {type: string, nullable: true, enum: [null]}]`"##;
    ref_unresolved:
        r##"specs/ref_unresolved.yaml: thing_get: /paths/~1things~1{id}/get/responses/200/content/application~1json/schema/$ref: "#/components/schemas/Thang" does not resolve to anything in this document"##;
    require_one_of_required:
        r##"specs/require_one_of_required.yaml: find: /paths/~1finds/get/x-require-one-of/0/1: x-require-one-of names `code`, which is required; make it optional"##;
    require_one_of_shape:
        r##"specs/require_one_of_shape.yaml: find: /paths/~1finds/get/x-require-one-of: x-require-one-of must be a list of groups, each a list of at least two parameter names"##;
    require_one_of_unknown:
        r##"specs/require_one_of_unknown.yaml: find: /paths/~1finds/get/x-require-one-of/0/1: x-require-one-of names `cod`, which is not a query parameter of this operation"##;
    root_source_missing:
        r##"specs/root_source_missing.yaml: (document): : no `x-source` (the list of source documents)"##;
    rust_type_inline:
        r##"specs/rust_type_inline.yaml: Thing: /components/schemas/Thing/properties/id/x-rust-type: x-rust-type only works on a component schema (components/schemas/<Name>); here it is ignored"##;
    rust_type_shape:
        r##"specs/rust_type_shape.yaml: ThingList: /components/schemas/ThingList/x-rust-type: x-rust-type ::payspec::LenientList<Thing>: the schema must say how `Thing` is carried (see specs/CONVENTIONS.md); it never refers to #/components/schemas/Thing"##;
    rust_type_unknown:
        r##"specs/rust_type_unknown.yaml: Text: /components/schemas/Text/x-rust-type: unknown x-rust-type `::payspec::Txt` (known: ::payspec::Text, ::payspec::Int, ::payspec::Decimal, ::payspec::DecimalNumber, ::payspec::Flag, ::payspec::NullableText, ::payspec::NullableDecimal, ::payspec::QueryFilter, ::payspec::LenientList<Item>, ::payspec::LenientMap<Item>, ::payspec::Single<Item>, ::payspec::JsonText<Item>)"##;
    signature_field:
        r##"specs/signature_field.yaml: thing_create: /paths/~1things/post/x-signature/of/1: x-signature signs `sum`, which the request body does not have"##;
    signature_shape:
        r##"specs/signature_shape.yaml: thing_create: /paths/~1things/post/x-signature: x-signature must be `{field: <body field>, of: [<body fields>...], canonical: [<decimal fields of `of`>...]}` (`field` defaults to `signature`, `canonical` to none)"##;
    signature_canonical:
        r##"specs/signature_canonical.yaml: thing_create: /paths/~1things/post/x-signature: x-signature `canonical` names `amount`, which it does not sign (`of`)"##;
    source_item_mapping:
        r##"specs/source_item_mapping.yaml: (document): /x-source/0: not a string: YAML read the `: ` in this item as a mapping; quote the item"##;
    success_no_body:
        r##"specs/success_no_body.yaml: thing_get: /paths/~1things~1{id}/get/responses/204: `204` has no body but `200` has one (progenitor panics: one success type per operation)"##;
    summary_missing:
        r##"specs/summary_missing.yaml: thing_get: /paths/~1things~1{id}/get: no `summary`"##;
    tags_missing:
        r##"specs/tags_missing.yaml: thing_get: /paths/~1things~1{id}/get: no `tags`"##;
    two_error_schemas:
        r##"specs/two_error_schemas.yaml: thing_get: /paths/~1things~1{id}/get/responses/5XX: `5XX` has a different schema than `4XX` (progenitor panics: one error type per operation)"##;
    two_success_schemas:
        r##"specs/two_success_schemas.yaml: thing_get: /paths/~1things~1{id}/get/responses/201: `201` has a different schema than `200` (progenitor panics: one success type per operation)"##;
    unsupported_body:
        r##"specs/unsupported_body.yaml: thing_create: /paths/~1things/post/requestBody/content/application~1xml: progenitor does not support request bodies of type application/xml"##;
    path_style:
        r##"specs/path_style.yaml: thing_get: /paths/~1things~1{id}/get/parameters/0/style: `style: label` is not supported by progenitor for path parameters (only `simple`)"##;
    rust_type_missing_item:
        r##"specs/rust_type_missing_item.yaml: ThingList: /components/schemas/ThingList/x-rust-type: x-rust-type ::payspec::LenientList<Thingy>: no component schema `Thingy`"##;
    signature_no_body:
        r##"specs/signature_no_body.yaml: thing_get: /paths/~1things~1{id}/get/x-signature: x-signature needs a JSON request body with properties"##;
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .unwrap()
        .to_path_buf()
}

#[test]
fn the_five_specs_pass() {
    let root = workspace_root();
    for provider in ["crystalpay", "invoicebox", "onebox", "paykeeper", "sber"] {
        let file = format!("{provider}.yaml");
        let yaml = std::fs::read_to_string(root.join("specs").join(&file)).unwrap();
        assert_eq!(
            xtask::lint::lint_spec(&file, &yaml),
            Vec::<String>::new(),
            "specs/{file}"
        );
    }
}

#[test]
fn run_fails_on_findings_and_names_unknown_providers() {
    let root = tempfile::tempdir().unwrap();
    std::fs::create_dir(root.path().join("specs")).unwrap();
    std::fs::copy(fixture("clean"), root.path().join("specs/good.yaml")).unwrap();
    std::fs::copy(fixture("closed_enum"), root.path().join("specs/bad.yaml")).unwrap();
    assert_eq!(xtask::lint::run(root.path(), Some("good")), Ok(true));
    assert_eq!(xtask::lint::run(root.path(), Some("bad")), Ok(false));
    assert_eq!(xtask::lint::run(root.path(), None), Ok(false));
    let err = xtask::lint::run(root.path(), Some("nope")).unwrap_err();
    assert_eq!(err, "no spec specs/nope.yaml (have: bad, good)");
}

#[test]
fn not_yaml_is_one_finding() {
    let lines = xtask::lint::lint_spec("broken.yaml", "openapi: [3.0.3\n");
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(
        lines[0].starts_with("specs/broken.yaml: (document): : not valid YAML: "),
        "{}",
        lines[0]
    );
}
