-- A failed run keeps what Meta's support asks for (its fbtrace_id and type) apart from the
-- message, so the window can fold it under "Details". Runs logged before this kept it, when
-- there was one, at the end of their message.
ALTER TABLE sync_runs ADD COLUMN error_details TEXT;
