-- The link a post carries (Threads' link_attachment_url), so content insights can tell posts
-- with a link from those without. Posts stored before this read as having none until the next
-- sync lists them again.
ALTER TABLE posts ADD COLUMN link_attachment_url TEXT;
