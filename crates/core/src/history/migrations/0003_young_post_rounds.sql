-- Each run in the sync log is either a full sync or an hourly round of a young post's readings:
-- "last sync" (shown in the window, and what the schedule counts from) means the last full sync.
-- Runs logged before this were all full syncs.
ALTER TABLE sync_runs ADD COLUMN kind TEXT NOT NULL DEFAULT 'full';
