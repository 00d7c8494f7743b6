-- Schema version 16: mail-merge safety. An issued batch records how its letters were laid out for printing
-- (control numbers, padding to even pages, the window envelope's address window, written as "pad=even" and
-- "window=23,13,90,45"), so that a copy is made the same way. NULL for batches issued before, which had none
-- of these. print_setting holds the workspace's printing defaults, such as the 長3 envelope's window.
ALTER TABLE letter_batch ADD COLUMN layout TEXT;

CREATE TABLE print_setting (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
