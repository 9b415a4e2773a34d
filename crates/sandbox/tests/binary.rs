//! `cargo run -p payspec-sandbox`: the binary starts, prints every provider's base URL and
//! credentials, serves them, and refuses bad arguments.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

use payspec_sandbox::Provider;

#[tokio::test]
async fn the_binary_serves_and_prints_every_base_url() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_payspec-sandbox"))
        .args(["--listen", "127.0.0.1:0"])
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let first = lines.next().unwrap().unwrap();
    let url = first
        .strip_prefix("payspec sandbox on ")
        .expect("the banner")
        .to_owned();
    let banner: Vec<String> = lines
        .by_ref()
        .take_while(|l| !l.as_ref().unwrap().starts_with("Ctrl-C"))
        .map(Result::unwrap)
        .collect();
    let banner = banner.join("\n");
    for provider in Provider::ALL {
        let base = format!("{url}{}{}", provider.prefix(), provider.api_root());
        assert!(banner.contains(&base), "{base} not in:\n{banner}");
        for (_, value) in payspec_sandbox::credentials(provider) {
            assert!(banner.contains(value), "{provider}: {value} not in the banner");
        }
    }
    let index = reqwest::get(format!("{url}/sandbox")).await.unwrap();
    assert_eq!(index.status(), 200);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn bad_arguments_exit_2_with_the_usage() {
    let output = Command::new(env!("CARGO_BIN_EXE_payspec-sandbox"))
        .args(["--listen", "not-an-address"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage: payspec-sandbox"));
}
