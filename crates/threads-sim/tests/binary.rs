//! The `threads-sim` binary serves the API on the port it is given and says how to use it.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};

#[test]
fn the_binary_serves_on_the_given_port_and_prints_credentials() {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port");
    let mut child = Command::new(env!("CARGO_BIN_EXE_threads-sim"))
        .args(["--port", &port.to_string(), "--seed", "7"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("piped");
    // The reader outlives the request: closing the pipe early makes the simulator's next
    // line fail to print ("Broken pipe"), which ends it before it answers.
    let mut reader = BufReader::new(stdout);
    let lines: Vec<String> = (&mut reader)
        .lines()
        .take(5)
        .map(|l| l.expect("a line"))
        .collect();
    let token = lines
        .iter()
        .find_map(|l| l.trim().strip_prefix("demo token:"))
        .map(|t| t.trim().to_owned());
    let answer = token.map(|token| {
        std::net::TcpStream::connect(("127.0.0.1", port)).map(|mut stream| {
            use std::io::{Read, Write};
            let request = format!(
                "GET /v1.0/me?fields=username&access_token={token} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
            );
            let mut body = String::new();
            stream
                .write_all(request.as_bytes())
                .and_then(|()| stream.read_to_string(&mut body))
                .map(|_| body)
        })
    });
    let _ = child.kill();
    let _ = child.wait();
    drop(reader);
    assert!(lines[0].contains(&format!("127.0.0.1:{port}")), "{lines:?}");
    assert!(
        lines.iter().any(|l| l.contains("Threads app id")),
        "{lines:?}"
    );
    let body = answer
        .expect("a demo token was printed")
        .expect("connects")
        .expect("answers");
    assert!(body.starts_with("HTTP/1.1 200"), "{body}");
    assert!(body.contains("\"username\""), "{body}");
}
