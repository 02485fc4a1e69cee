//! Insights of 1,000 posts against the simulator with 100 ms of latency on every request:
//! total time against the bound (requests × latency ÷ concurrency) and against fetching one at a
//! time. Prints one `BENCH` line per figure for `cargo xtask bench`.

use std::time::{Duration, Instant};

use spool_model::PostMetric;
use threads_api::{AccessToken, ApiHosts, ClientConfig, ThreadsClient};
use threads_sim::{Fault, FaultKind, Route, Simulator};

const POSTS: usize = 1_000;
const LATENCY: Duration = Duration::from_millis(100);
const CONCURRENCY: usize = 16;
/// Fetching one at a time is measured on fewer posts; it scales linearly.
const SEQUENTIAL_SAMPLE: usize = 100;
const RUNS: usize = 3;

#[tokio::main]
async fn main() {
    let sim = Simulator::new()
        .fault(Fault::always(
            Some(Route::PostInsights),
            FaultKind::Latency(LATENCY),
        ))
        .start()
        .await
        .expect("the simulator starts");
    let client = ThreadsClient::new(ApiHosts::single(sim.base_url()), ClientConfig::default())
        .expect("a client");
    let token = AccessToken::new(sim.issue_long_lived_token(sim.main_user_id()));
    let account = sim.account(sim.main_user_id()).expect("the demo account");
    let ids: Vec<String> = account
        .posts
        .iter()
        .map(|p| p.id.clone())
        .cycle()
        .take(POSTS)
        .collect();

    let mut concurrent = Vec::new();
    for _ in 0..RUNS {
        let started = Instant::now();
        let results = client
            .post_insights_of_many(&token, &ids, &PostMetric::ALL, CONCURRENCY)
            .await;
        concurrent.push(started.elapsed());
        assert!(results.iter().all(Result::is_ok), "every request succeeded");
    }
    concurrent.sort();
    let median = concurrent[RUNS / 2];
    let bound = LATENCY * POSTS as u32 / CONCURRENCY as u32;

    let started = Instant::now();
    for id in ids.iter().take(SEQUENTIAL_SAMPLE) {
        client
            .post_insights(&token, id, &PostMetric::ALL)
            .await
            .expect("insights");
    }
    let one_at_a_time = started.elapsed() * (POSTS / SEQUENTIAL_SAMPLE) as u32;

    let ratio = median.as_secs_f64() / bound.as_secs_f64();
    println!(
        "BENCH name=\"Insights of {POSTS} posts, {} ms latency, {CONCURRENCY} at a time\" \
         value={:.2} unit=s target=\"≤ 1.3 × bound ({:.2} s)\" ok={}",
        LATENCY.as_millis(),
        median.as_secs_f64(),
        bound.as_secs_f64() * 1.3,
        ratio <= 1.3
    );
    println!(
        "BENCH name=\"  the same, as a multiple of the bound (requests × latency ÷ concurrency)\" \
         value={ratio:.3} unit=× target=\"≤ 1.3\" ok={}",
        ratio <= 1.3
    );
    println!(
        "BENCH name=\"  the same, one request at a time (measured on {SEQUENTIAL_SAMPLE}, scaled)\" \
         value={:.1} unit=s target=\"for comparison\" ok=true",
        one_at_a_time.as_secs_f64()
    );
}
