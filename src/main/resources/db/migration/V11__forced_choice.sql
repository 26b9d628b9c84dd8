-- The self-assessment becomes forced choice: in each block the candidate marks the statement most like them
-- (kept in choice) and the one least like them (kept here). Earlier Likert answers stay in likert, unscored.
ALTER TABLE assessment_answer ADD COLUMN least_choice VARCHAR(8) NULL;
