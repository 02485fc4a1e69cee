-- The notifications Spool sent, one row per event of an account (its key: a post's breakout, a
-- milestone of followers, a login's end, a run of failed syncs), so that none is sent twice,
-- however often the schedule looks and whether or not Spool restarted meanwhile.
CREATE TABLE notifications_sent (
    account_id TEXT NOT NULL,
    key TEXT NOT NULL,
    sent_at INTEGER NOT NULL,
    PRIMARY KEY (account_id, key)
) WITHOUT ROWID;
