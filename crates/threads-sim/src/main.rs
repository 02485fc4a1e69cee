//! `cargo run -p threads-sim -- --port 8787`: the simulated Threads API on a port of your choice,
//! printing the app credentials and a long-lived token of the demo account. Its creator keeps
//! posting while it runs, as in the app's demo.

use std::net::{Ipv4Addr, SocketAddr};
use std::process::ExitCode;

use threads_sim::Simulator;

const USAGE: &str = "usage: threads-sim [--port N] [--seed N] [--consent-page]";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let mut port = 8787u16;
    let mut simulator = Simulator::new().keeps_posting();
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--port" => match args.next().and_then(|p| p.parse().ok()) {
                Some(p) => port = p,
                None => return fail("--port takes a number"),
            },
            "--seed" => match args.next().and_then(|s| s.parse().ok()) {
                Some(seed) => simulator = simulator.seed(seed),
                None => return fail("--seed takes a number"),
            },
            "--consent-page" => simulator = simulator.consent_page(),
            "--help" | "-h" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => return fail(&format!("unknown argument {other}")),
        }
    }
    let running = match simulator
        .start_on(SocketAddr::from((Ipv4Addr::LOCALHOST, port)))
        .await
    {
        Ok(running) => running,
        Err(error) => return fail(&format!("cannot listen on port {port}: {error}")),
    };
    let app = running.app();
    println!("Threads simulator on {}", running.base_url());
    println!("  Threads app id:  {}", app.app_id);
    println!("  app secret:      {}", app.secret);
    println!("  redirect URI:    {}", app.redirect_uris.join(", "));
    println!(
        "  demo token:      {}",
        running.issue_long_lived_token(running.main_user_id())
    );
    println!("Press Ctrl-C to stop.");
    let _ = tokio::signal::ctrl_c().await;
    ExitCode::SUCCESS
}

fn fail(message: &str) -> ExitCode {
    eprintln!("threads-sim: {message}\n{USAGE}");
    ExitCode::FAILURE
}
