-- Each post's newest reading, beside all of them: the posts table, a post's page and content
-- insights read one row per post here, instead of finding the newest of a post's readings among
-- the hundreds of thousands a long history holds (two years of 10,000 posts: 450,000 readings,
-- where finding each post's newest took two thirds of content insights' time).
--
-- Kept by triggers, so that every write of a reading keeps it whatever writes it: a reading
-- replaces the newest when it is as new or newer (a reading written again at the same moment
-- replaces it), and the newest deleted gives way to the newest left.
CREATE TABLE latest_post_metrics (
    post_id TEXT PRIMARY KEY REFERENCES posts(id),
    taken_at INTEGER NOT NULL,
    views INTEGER, likes INTEGER, replies INTEGER, reposts INTEGER, quotes INTEGER,
    shares INTEGER
) WITHOUT ROWID;

-- SQLite takes the other columns of an aggregate's query with one MAX() from the row holding
-- the maximum: each post's newest reading.
INSERT INTO latest_post_metrics
    (post_id, taken_at, views, likes, replies, reposts, quotes, shares)
SELECT post_id, MAX(taken_at), views, likes, replies, reposts, quotes, shares
FROM post_metrics GROUP BY post_id;

CREATE TRIGGER post_metrics_newest_kept AFTER INSERT ON post_metrics
BEGIN
    INSERT INTO latest_post_metrics
        (post_id, taken_at, views, likes, replies, reposts, quotes, shares)
    VALUES (NEW.post_id, NEW.taken_at, NEW.views, NEW.likes, NEW.replies, NEW.reposts,
            NEW.quotes, NEW.shares)
    ON CONFLICT (post_id) DO UPDATE SET
        taken_at = excluded.taken_at, views = excluded.views, likes = excluded.likes,
        replies = excluded.replies, reposts = excluded.reposts, quotes = excluded.quotes,
        shares = excluded.shares
    WHERE excluded.taken_at >= latest_post_metrics.taken_at;
END;

CREATE TRIGGER post_metrics_newest_deleted AFTER DELETE ON post_metrics
WHEN OLD.taken_at = (SELECT taken_at FROM latest_post_metrics WHERE post_id = OLD.post_id)
BEGIN
    DELETE FROM latest_post_metrics WHERE post_id = OLD.post_id;
    INSERT INTO latest_post_metrics
        (post_id, taken_at, views, likes, replies, reposts, quotes, shares)
    SELECT post_id, MAX(taken_at), views, likes, replies, reposts, quotes, shares
    FROM post_metrics WHERE post_id = OLD.post_id GROUP BY post_id;
END;
