-- Every step a candidate saves through the link counts here, so each one makes a new version of the invitation: a
-- page drawn before another device's step sees the version moved and is drawn again from the database, and a page
-- that is still current is only told what its own step changed (issue 18: the cost of an answer).
ALTER TABLE assessment_invitation ADD COLUMN steps INT NOT NULL DEFAULT 0;
