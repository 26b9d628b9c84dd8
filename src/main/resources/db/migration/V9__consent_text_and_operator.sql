-- The consent as the candidate read it, word for word, kept with the record of the consent: the versioned file
-- in templates/ changes, what was agreed to does not. Older records keep only the hash of their text.
ALTER TABLE assessment_invitation ADD COLUMN consent_text MEDIUMTEXT NULL;

-- The operator of personal data as the privacy policy names it (152-ФЗ, art. 18.1): postal address and the
-- address for requests from data subjects.
ALTER TABLE company_profile ADD COLUMN operator_address VARCHAR(500) NULL;
ALTER TABLE company_profile ADD COLUMN privacy_email VARCHAR(254) NULL;
