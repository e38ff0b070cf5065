/**
 * The database role the application works as. It owns nothing, so row-level security applies to it.
 * Migrations run as the table owner; the app connects as a login role that is a member of this one
 * (server mode) and switches to it with SET LOCAL ROLE in every tenant transaction (both modes; on
 * embedded PGlite the only login is a superuser, which would bypass row-level security otherwise).
 */
export const APP_DB_ROLE = 'resultatkedjan_app';
