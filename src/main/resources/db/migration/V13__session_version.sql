-- Raised when an account's sessions must end (disabled, password reset or changed): every signed-in session holds
-- the number it signed in with and is ended at its next request once the account's number differs.
ALTER TABLE app_user ADD COLUMN session_version BIGINT NOT NULL DEFAULT 0;
