//! `cargo run -p payspec-sandbox [-- --listen ADDR] [--webhook-url URL]`: serves the sandbox
//! until interrupted, and prints the base URL and credentials of each provider.

use std::net::SocketAddr;

use payspec_sandbox::{Provider, Sandbox};

const USAGE: &str = "usage: payspec-sandbox [--listen 127.0.0.1:8480] [--webhook-url URL]

Imitates OneBox, PayKeeper, Invoicebox, CrystalPay and Sber SmartPay on loopback. Every operation
of every spec answers: with state where it has a lifecycle, otherwise from the spec's example.
--listen       address to listen on (default 127.0.0.1:8480; port 0 picks a free one)
--webhook-url  where to send every provider's notifications (also settable per provider:
               PUT /sandbox/<provider>/webhook-url with the URL as the body)";

#[tokio::main]
async fn main() {
    let mut listen: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 8480));
    let mut webhook_url: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--listen", Some(value)) => match value.parse() {
                Ok(addr) => listen = addr,
                Err(e) => fail(&format!("--listen {value:?}: {e}")),
            },
            ("--webhook-url", Some(value)) => webhook_url = Some(value),
            ("-h" | "--help", _) => {
                println!("{USAGE}");
                return;
            }
            _ => fail(&format!("unexpected argument {arg:?}")),
        }
    }
    let sandbox = match Sandbox::bind(listen).await {
        Ok(sandbox) => sandbox,
        Err(e) => fail(&format!("cannot listen on {listen}: {e}")),
    };
    if let Some(url) = &webhook_url {
        for provider in Provider::ALL {
            sandbox.set_webhook_url(provider, url.clone());
        }
    }
    println!("payspec sandbox on {}\n", sandbox.url());
    for provider in Provider::ALL {
        println!("{:<11} {}", provider.name(), sandbox.base_url(provider));
        for (name, value) in payspec_sandbox::credentials(provider) {
            println!("            {name:<18} {value}");
        }
    }
    println!(
        "\nEvery operation of every spec answers: those with a lifecycle with state, the others\n\
         from the spec's example (after the credential check). The list: curl {}/sandbox",
        sandbox.url()
    );
    println!(
        "Pay an invoice as a payer would: curl -X POST {}/sandbox/<provider>/pay/<id>",
        sandbox.url()
    );
    match &webhook_url {
        Some(url) => println!("Notifications go to {url}"),
        None => println!("Notifications: none sent until a URL is set (--webhook-url)"),
    }
    println!("Ctrl-C stops it.");
    let _ = tokio::signal::ctrl_c().await;
}

fn fail(message: &str) -> ! {
    eprintln!("payspec-sandbox: {message}\n\n{USAGE}");
    std::process::exit(2);
}
