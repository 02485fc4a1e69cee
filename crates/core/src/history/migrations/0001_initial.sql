-- The first schema: every table a sync writes, and the sync log.
    CREATE TABLE accounts (
        id TEXT PRIMARY KEY,
        username TEXT NOT NULL,
        first_synced_at INTEGER NOT NULL
    );
    CREATE TABLE posts (
        id TEXT PRIMARY KEY,
        account_id TEXT NOT NULL REFERENCES accounts(id),
        media_type TEXT NOT NULL,
        text TEXT,
        published_at INTEGER NOT NULL,
        permalink TEXT,
        shortcode TEXT,
        is_quote_post INTEGER NOT NULL
    );
    CREATE INDEX posts_by_account ON posts(account_id, published_at);
    CREATE TABLE post_metrics (
        post_id TEXT NOT NULL REFERENCES posts(id),
        taken_at INTEGER NOT NULL,
        views INTEGER, likes INTEGER, replies INTEGER, reposts INTEGER, quotes INTEGER,
        shares INTEGER,
        PRIMARY KEY (post_id, taken_at)
    );
    CREATE TABLE profile_views (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        day TEXT NOT NULL,
        views INTEGER,
        taken_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, day)
    );
    CREATE TABLE daily_engagement (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        day TEXT NOT NULL,
        likes INTEGER NOT NULL, replies INTEGER NOT NULL, reposts INTEGER NOT NULL,
        quotes INTEGER NOT NULL,
        taken_at INTEGER NOT NULL,
        PRIMARY KEY (account_id, day)
    );
    CREATE TABLE follower_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        followers INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at)
    );
    CREATE TABLE demographic_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        breakdown TEXT NOT NULL,
        key TEXT NOT NULL,
        followers INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at, breakdown, key)
    );
    CREATE TABLE link_click_snapshots (
        account_id TEXT NOT NULL REFERENCES accounts(id),
        taken_at INTEGER NOT NULL,
        since_day TEXT NOT NULL,
        until_day TEXT NOT NULL,
        url TEXT NOT NULL,
        clicks INTEGER NOT NULL,
        PRIMARY KEY (account_id, taken_at, url)
    );
    CREATE TABLE sync_runs (
        id INTEGER PRIMARY KEY,
        account_id TEXT NOT NULL,
        started_at INTEGER NOT NULL,
        ended_at INTEGER NOT NULL,
        outcome TEXT NOT NULL,
        requests INTEGER NOT NULL,
        error TEXT
    );
    CREATE INDEX sync_runs_by_account ON sync_runs(account_id, started_at);
