-- The screen language a user chose in the user menu (ru, en); NULL: follow the browser's language.
ALTER TABLE app_user ADD COLUMN ui_language VARCHAR(8) NULL;
