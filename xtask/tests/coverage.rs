//! `cargo xtask coverage` on a temporary root with a tiny seed, spec and data file, and on this
//! repository.

use std::path::{Path, PathBuf};
use std::process::Command;

use xtask::coverage;

const SEED: &str = "Demo API

Create order, method: /order/create/
1 login   Login
2 token   Security token
3 amount  Amount
4 customer  Customer object: name, phone (digits only)
5 status  Status: new, paid

Response fields
id - order id
items - lines: sku, qty

Errors
Order not found
502 Bad Gateway
";

const SPEC: &str = r##"
openapi: 3.0.3
info:
  title: Demo
  version: "1"
  description: |
    Infrastructure errors such as **502 Bad
    Gateway** are not modelled.
x-auth:
  - name: token
    in: body
    description: Added to every body by the client.
paths:
  /order/create/:
    post:
      operationId: order_create
      summary: Create an order
      parameters:
        - name: status
          in: query
          schema: {$ref: '#/components/schemas/Status'}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/CreateOrder'}
      responses:
        "200":
          description: The order.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/OrderOne'}
        "4XX":
          $ref: '#/components/responses/Error'
components:
  securitySchemes:
    login: {type: apiKey, in: query, name: login}
  responses:
    Error:
      description: A refusal.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Fail'}
  schemas:
    Status: {type: string, enum: [new, paid]}
    CreateOrder:
      type: object
      properties:
        amount: {type: string}
        customer:
          allOf: [{$ref: '#/components/schemas/Customer'}]
    Customer:
      type: object
      properties:
        name: {type: string}
        phone: {type: string, description: "Phone, digits only."}
    OrderOne:
      type: object
      x-rust-type: "::payspec::Single<Order>"
    Order:
      type: object
      properties:
        id: {type: string}
        items:
          type: array
          items: {$ref: '#/components/schemas/Line'}
    Line:
      type: object
      properties:
        sku: {type: string}
        qty: {type: integer}
    Fail:
      type: object
      properties:
        message: {type: string}
      x-known-messages:
        - message: Order not found
"##;

/// One entry of every kind of `where`.
const DATA: &str = r#"
seed: 000_demo.txt
spec: demo.yaml
notes: The fixture.
entries:
  - {table: Methods, item: /order/create/, where: {path: /order/create/, method: POST}}
  - {table: Methods, item: Create order, where: {operations: [order_create]}}
  - {table: Create order, item: login, where: {credential: login}}
  - {table: Create order, item: token, where: {credential: token}}
  - {table: Create order, item: amount, where: {operation: order_create, body-property: amount}}
  - {table: Create order, item: customer, where: {operation: order_create, body-property: customer}}
  - table: Create order
    item: phone
    where: {operation: order_create, body-property: customer.phone, mentions: digits only}
    note: a member of customer
  - {table: Create order, item: status, where: {operation: order_create, parameter: status}}
  - {table: Create order, item: paid, where: {operation: order_create, parameter: status, enum-value: paid}}
  - {table: Create order, item: new, where: {schema: Status, enum-value: new}}
  - {table: Response fields, item: id, where: {operation: order_create, response-property: id}}
  - {table: Response fields, item: items, where: {operation: order_create, response-property: [items.sku, items.qty]}}
  - {table: Response fields, item: name, where: {schema: Customer, property: name}}
  - {table: Errors, item: Order not found, where: {schema: Fail, known-message: Order not found}}
  - {table: Errors, item: Order not found, where: {operation: order_create, response: 4XX, response-property: message}}
  - {table: Errors, item: Order not found, where: {operation: order_create, response: ["200", 4XX]}}
  - {table: Errors, item: 502 Bad Gateway, where: {mentions: 502 Bad Gateway}}
  - {table: Errors, item: Order not found, where: {schema: Fail}}
"#;

const ENTRIES: usize = 18;

/// `<tmp>/repo` (the root: specs/, coverage/) and the seed texts in `<tmp>/seeds`.
struct Fixture {
    _dir: tempfile::TempDir,
    root: PathBuf,
    seeds: PathBuf,
}

impl Fixture {
    fn new(data: &str) -> Fixture {
        let dir = tempfile::tempdir().expect("temp dir");
        let root = dir.path().join("repo");
        let seeds = dir.path().join("seeds");
        for d in [root.join("specs"), root.join("coverage"), seeds.clone()] {
            std::fs::create_dir_all(d).unwrap();
        }
        std::fs::write(seeds.join("000_demo.txt"), SEED).unwrap();
        std::fs::write(seeds.join("README.md"), "not a seed").unwrap();
        std::fs::write(root.join("specs/demo.yaml"), SPEC).unwrap();
        std::fs::write(root.join("coverage/000_demo.yaml"), data).unwrap();
        Fixture {
            _dir: dir,
            root,
            seeds,
        }
    }

    fn check(&self) -> (Result<bool, String>, String) {
        let mut out = Vec::new();
        let result = coverage::check(&self.root, Some(&self.seeds), &mut out);
        (result, String::from_utf8(out).expect("UTF-8 output"))
    }

    /// `cargo xtask coverage` on the fixture, with `PAYSPEC_SEEDS` set to `seeds` or unset.
    fn xtask(&self, seeds: Option<&Path>) -> std::process::Output {
        let mut command = Command::new(env!("CARGO_BIN_EXE_xtask"));
        command.arg("coverage").env("PAYSPEC_ROOT", &self.root);
        match seeds {
            Some(seeds) => command.env("PAYSPEC_SEEDS", seeds),
            None => command.env_remove("PAYSPEC_SEEDS"),
        };
        command.output().expect("run the xtask binary")
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn all_covered_is_ok_true() {
    let f = Fixture::new(DATA);
    let (result, out) = f.check();
    assert_eq!(result, Ok(true), "{out}");
    assert!(out.contains("000_demo.txt → specs/demo.yaml"), "{out}");
    assert_eq!(out.matches("  ✓ ").count(), ENTRIES, "{out}");
    assert!(!out.contains('✗'), "{out}");
    assert!(
        out.contains(&format!("000_demo.txt: {ENTRIES}/{ENTRIES} (100%)")),
        "{out}"
    );
    assert!(
        out.contains("  ✓ [Create order] phone — order_create: body (application/json) property `customer.phone` (Customer)"),
        "the line names the table, the item and where it was found: {out}"
    );
    assert!(
        out.contains("  ✓ [Response fields] id — order_create: response 200 (application/json) `id` (Order)"),
        "x-rust-type wrappers are looked through: {out}"
    );
}

#[test]
fn the_binary_reads_the_seeds_from_payspec_seeds() {
    let f = Fixture::new(DATA);
    let out = f.xtask(Some(&f.seeds));
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!("000_demo.txt: {ENTRIES}/{ENTRIES} (100%)")),
        "{stdout}"
    );
    assert!(!stdout.contains("SKIPPED"), "{stdout}");
}

#[test]
fn without_payspec_seeds_the_lists_are_checked_and_the_seed_check_is_skipped_visibly() {
    // A list item that is not in the seed text passes, since the seed is not read...
    let data = DATA.replacen("item: phone", "item: telephone", 1);
    assert_ne!(data, DATA, "the fixture names `phone`");
    let f = Fixture::new(&data);
    std::fs::remove_dir_all(&f.seeds).unwrap();
    let out = f.xtask(None);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    assert!(
        stdout.contains(&format!("000_demo.txt: {ENTRIES}/{ENTRIES} (100%)")),
        "{stdout}"
    );
    assert!(
        stdout.contains("coverage: SKIPPED the cross-check against the seed texts: PAYSPEC_SEEDS is not set"),
        "{stdout}"
    );
    // ...but a spec item that is missing still fails.
    let f = Fixture::new(&DATA.replacen("customer.phone", "customer.fax", 1));
    let out = f.xtask(None);
    assert!(!out.status.success(), "{}", text(&out.stdout));
}

#[test]
fn a_missing_property_fails_and_is_named() {
    let f = Fixture::new(&DATA.replace(
        "{schema: Customer, property: name}",
        "{schema: Customer, property: nickname}",
    ));
    let (result, out) = f.check();
    assert_eq!(result, Ok(false), "{out}");
    let line = out
        .lines()
        .find(|l| l.contains('✗'))
        .unwrap_or_else(|| panic!("no ✗ line: {out}"));
    assert!(line.contains("[Response fields] name"), "{line}");
    assert!(line.contains("schema Customer"), "{line}");
    assert!(line.contains("nickname"), "{line}");
    assert_eq!(out.matches('✗').count(), 1, "{out}");
    let total = ENTRIES - 1;
    assert!(
        out.contains(&format!("000_demo.txt: {total}/{ENTRIES} (94.4%)")),
        "{out}"
    );

    let run = f.xtask(Some(&f.seeds));
    assert!(!run.status.success(), "the command fails below 100%");
    assert!(text(&run.stdout).contains("nickname"));
}

#[test]
fn missing_spec_items_of_every_kind_are_reported_not_errors() {
    let cases = [
        (
            "{operation: order_create, parameter: status}",
            "{operation: order_create, parameter: state}",
        ),
        (
            "{operations: [order_create]}",
            "{operations: [order_create, order_delete]}",
        ),
        ("{credential: token}", "{credential: secret}"),
        ("body-property: customer.phone", "body-property: customer.email"),
        (
            "parameter: status, enum-value: paid",
            "parameter: status, enum-value: refunded",
        ),
        ("mentions: digits only", "mentions: letters only"),
        ("known-message: Order not found", "known-message: Order lost"),
        ("response: [\"200\", 4XX]", "response: [\"200\", 5XX]"),
        (
            "{path: /order/create/, method: POST}",
            "{path: /order/create/, method: GET}",
        ),
        ("[items.sku, items.qty]", "[items.sku, items.price]"),
        ("{schema: Fail}", "{schema: Failure}"),
    ];
    for (from, to) in cases {
        assert!(DATA.contains(from), "fixture changed: {from}");
        let f = Fixture::new(&DATA.replace(from, to));
        let (result, out) = f.check();
        assert_eq!(result, Ok(false), "{to}: {out}");
        assert_eq!(out.matches('✗').count(), 1, "{to}: {out}");
    }
}

#[test]
fn a_seed_without_data_file_fails() {
    let f = Fixture::new(DATA);
    std::fs::write(f.seeds.join("001_other.txt"), "Other API").unwrap();
    let (result, out) = f.check();
    assert_eq!(result, Ok(false), "{out}");
    assert!(out.contains("no data file coverage/001_other.yaml"), "{out}");
}

#[test]
fn malformed_data_is_an_error() {
    let cases: [(&str, &str); 12] = [
        ("entries: [", "not valid YAML"),
        ("[1, 2]", "must be a mapping"),
        (&DATA.replace("notes:", "remarks:"), "unknown key `remarks`"),
        (&DATA.replace("spec: demo.yaml\n", ""), "`spec` is missing"),
        (
            &DATA.replace("spec: demo.yaml", "spec: nope.yaml"),
            "specs/nope.yaml",
        ),
        (
            &DATA.replace("seed: 000_demo.txt", "seed: 001_demo.txt"),
            "001_demo.txt",
        ),
        (
            &DATA.replace("body-property: amount", "body-propery: amount"),
            "body-propery",
        ),
        (
            &DATA.replace("{schema: Customer, property: name}", "{property: name}"),
            "names no location",
        ),
        (
            &DATA.replace("item: amount", "item: quantity"),
            "does not occur in the seed",
        ),
        (
            &DATA.replace("{credential: login}", "{credential: login, parameter: x}"),
            "`parameter`",
        ),
        (&DATA.replace("item: amount", "item: 3"), "quote items"),
        (
            &format!("{DATA}  - {{table: Create order, item: login, where: {{credential: login}}}}\n"),
            "duplicate",
        ),
    ];
    for (data, expected) in cases {
        let f = Fixture::new(data);
        let (result, out) = f.check();
        let err = result.expect_err(&format!("{expected}: {out}"));
        assert!(err.contains("coverage/000_demo.yaml"), "{err}");
        assert!(err.contains(expected), "expected {expected:?} in: {err}");
    }

    // A data file whose seed does not exist.
    let f = Fixture::new(DATA);
    std::fs::write(
        f.root.join("coverage/999_gone.yaml"),
        DATA.replace("000_demo.txt", "999_gone.txt"),
    )
    .unwrap();
    let err = f.check().0.unwrap_err();
    assert!(
        err.contains("999_gone.txt") && err.contains("does not exist"),
        "{err}"
    );

    // The binary reports it as an error.
    let out = f.xtask(Some(&f.seeds));
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("error: coverage/999_gone.yaml"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn a_missing_seeds_directory_is_an_error() {
    let f = Fixture::new(DATA);
    let mut out = Vec::new();
    let err = coverage::check(&f.root, Some(&f.root.join("nowhere")), &mut out).unwrap_err();
    assert!(err.contains("PAYSPEC_SEEDS"), "{err}");
}

const STEMS: [&str; 5] = [
    "000_0e8d3a52700d4881",
    "001_e438a2b161227af5",
    "002_7de4fb16d78ae602",
    "003_b88e6e5d7b86b8ae",
    "004_13a68967de1278fd",
];

/// Runs the check on this repository and asserts that every list is complete.
fn check_repository(seeds: Option<&Path>) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
    let mut out = Vec::new();
    let result = coverage::check(root, seeds, &mut out);
    let out = String::from_utf8(out).unwrap();
    let missing: Vec<&str> = out.lines().filter(|l| l.contains('✗')).collect();
    assert_eq!(result, Ok(true), "missing:\n{}", missing.join("\n"));
    for stem in STEMS {
        assert!(
            out.lines()
                .any(|l| l.starts_with(&format!("{stem}.txt")) && l.ends_with("(100%)")),
            "{stem}: {out}"
        );
    }
    out
}

/// Every item the coverage lists name is in this repository's specs (needs nothing outside
/// the repository).
#[test]
fn the_specs_have_every_item_of_the_coverage_lists() {
    check_repository(None);
}

/// The coverage lists against the seed texts themselves: every item occurs in its seed and
/// every seed has a list. The seeds are not in the repository: `.ci/run` runs this with
/// `PAYSPEC_SEEDS` pointing at them (`cargo test -p xtask --test coverage -- --ignored`).
#[test]
#[ignore = "needs the seed texts: set PAYSPEC_SEEDS to their folder and run with --ignored"]
fn the_coverage_lists_match_the_seed_texts() {
    let seeds =
        coverage::seeds_dir().expect("PAYSPEC_SEEDS must name the folder of the seed texts for this test");
    let out = check_repository(Some(&seeds));
    assert!(!out.contains("SKIPPED"), "{out}");
}
