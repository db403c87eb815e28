import { sql, SqliteAdapter, type Kysely } from 'kysely'

// Issue 16: an email is unique within an agency, not across kohde, so creating a user never tells an agency's admin
// that the address has an account in another agency. Sign-in still finds accounts by email (indexed).
export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) await rebuildSqliteUsers(db)
  else await sql`alter table users drop constraint users_email_key`.execute(db)
  await db.schema.createIndex('users_agency_email').on('users').columns(['agency_id', 'email']).unique().execute()
  await db.schema.createIndex('users_email').on('users').column('email').execute()
}

// SQLite cannot drop a column's UNIQUE: the table is rebuilt (sqlite.org/lang_altertable.html, "Making Other Kinds Of
// Table Schema Changes"), with foreign keys off so sessions and tokens that reference users are kept, and checked
// before the commit. Migrations on SQLite run outside a transaction, so this one opens its own.
async function rebuildSqliteUsers(db: Kysely<unknown>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db)
  try {
    await sql`begin immediate`.execute(db)
    try {
      await db.schema
        .createTable('users_rebuilt')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('agency_id', 'text', (c) => c.notNull().references('agencies.id'))
        .addColumn('email', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('client_id', 'text', (c) => c.references('clients.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('locale', 'text')
        .execute()
      const columns = sql.raw('id, agency_id, email, password_hash, role, client_id, created_at, updated_at, locale')
      await sql`insert into users_rebuilt (${columns}) select ${columns} from users`.execute(db)
      await sql`drop table users`.execute(db)
      await sql`alter table users_rebuilt rename to users`.execute(db)
      await db.schema.createIndex('users_agency').on('users').columns(['agency_id', 'id']).execute()
      const broken = await sql`pragma foreign_key_check`.execute(db)
      if (broken.rows.length > 0) throw new Error(`users rebuild broke ${broken.rows.length} foreign keys`)
      await sql`commit`.execute(db)
    } catch (error) {
      await sql`rollback`.execute(db)
      throw error
    }
  } finally {
    await sql`pragma foreign_keys = on`.execute(db)
  }
}
