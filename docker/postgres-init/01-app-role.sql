-- Runs once, when the postgres service starts on an empty volume (docker-entrypoint-initdb.d), as
-- POSTGRES_USER, the table owner that also runs the migrations.
-- resultatkedjan_app (NOLOGIN) holds the table privileges and row-level security applies to it; the first
-- migration creates it only if it is missing, so creating it here first is fine.
-- resultatkedjan_api is the LOGIN role the API and the worker connect as (DATABASE_URL): a member of
-- resultatkedjan_app, not the owner. Its password comes from APP_DB_PASSWORD (docker/.env).
\getenv app_db_password APP_DB_PASSWORD
\if :{?app_db_password}
SELECT :'app_db_password' = '' AS app_db_password_empty \gset
\else
\set app_db_password_empty true
\endif
\if :app_db_password_empty
DO $$ BEGIN RAISE EXCEPTION 'APP_DB_PASSWORD is not set (docker/.env)'; END $$;
\endif

CREATE ROLE resultatkedjan_app NOLOGIN;
CREATE ROLE resultatkedjan_api LOGIN PASSWORD :'app_db_password';
GRANT resultatkedjan_app TO resultatkedjan_api;
