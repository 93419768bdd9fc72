-- Issue 19, item 9: an activity's sample stream thinned to at most ActivityStore.PAGE_SAMPLES
-- evenly spaced samples, written when the stream is longer, so the activity page reads a bounded
-- amount whatever the file held. Null when the stream itself is short enough (the page reads it).
ALTER TABLE activity_streams ADD COLUMN page_samples_gz TEXT;
