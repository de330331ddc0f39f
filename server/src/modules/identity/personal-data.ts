/**
 * Personal data shown per role (PIPL; 等保 2.0): resident ID and phone numbers are masked on
 * the server for every role that does not need them, so the browser never receives a clear
 * value it may not see. Clear reads are batched per request and each batch is audited.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../graphql/context';
import { AuditService } from '../audit/audit.service';
import { CLEAR_PERSONAL_DATA } from './access';
import { Role } from './role';

export type PersonalField = 'Expert.idNumber' | 'Expert.phone' | 'Enterprise.contactPhone';

const COLUMNS: Record<PersonalField, { table: string; cipher: string }> = {
  'Expert.idNumber': { table: 'expert', cipher: 'id_number_cipher' },
  'Expert.phone': { table: 'expert', cipher: 'phone_cipher' },
  'Enterprise.contactPhone': { table: 'enterprise', cipher: 'contact_phone_cipher' },
};

export type Disclosure = 'clear' | 'masked' | 'hidden';

/**
 * How a viewer sees a personal field of a record: leadership sees none (totals only), the
 * S&T bureau and the Organisation Department see it in clear, a person sees their own, a
 * county bureau sees its enterprises' contact phones; everyone else sees it masked.
 */
export function disclosure(field: PersonalField, ctx: Context, ownerId: number): Disclosure {
  const viewer = ctx.viewer;
  if (!viewer || viewer.role === Role.LEADERSHIP) return 'hidden';
  if (CLEAR_PERSONAL_DATA.includes(viewer.role)) return 'clear';
  if (field.startsWith('Expert.') && viewer.role === Role.EXPERT && viewer.expertId === ownerId) return 'clear';
  if (
    field === 'Enterprise.contactPhone' &&
    (viewer.role === Role.COUNTY_BUREAU || (viewer.role === Role.ENTERPRISE && viewer.enterpriseId === ownerId))
  ) {
    // Rows are already scoped to the county's (or the enterprise's) own.
    return 'clear';
  }
  return 'masked';
}

const audit = new AuditService();
const loaders = new WeakMap<Context, Map<PersonalField, DataLoader<number, string | null>>>();

/** The clear value, decrypted in one batch per field and request; the batch is audited. */
export function clearValue(ctx: Context, field: PersonalField, id: number): Promise<string | null> {
  let perField = loaders.get(ctx);
  if (!perField) loaders.set(ctx, (perField = new Map()));
  let loader = perField.get(field);
  if (!loader) {
    const { table, cipher } = COLUMNS[field];
    loader = new DataLoader<number, string | null>(async (ids) => {
      const rows = await ctx.em
        .getConnection()
        .execute<Array<{ id: number; sealed: string | null }>>(
          `select id, ${cipher} as sealed from ${table} where id in (${ids.map(() => '?').join(', ')})`,
          [...ids],
          'all',
          ctx.em.getTransactionContext(),
        );
      const byId = new Map(rows.map((r) => [r.id, r.sealed ? ctx.pii.decrypt(r.sealed) : null]));
      await audit.record(ctx.auditDb, {
        username: ctx.viewer?.username,
        role: ctx.viewer?.role,
        operation: 'read-personal-data',
        objectType: field,
        objectIds: ids.join(','),
        result: 'OK',
        detail: { requestId: ctx.requestId },
      });
      return ids.map((id) => byId.get(id) ?? null);
    });
    perField.set(field, loader);
  }
  return loader.load(id);
}

export async function personalValue(
  ctx: Context,
  field: PersonalField,
  ownerId: number,
  masked: string | null | undefined,
): Promise<string | null> {
  switch (disclosure(field, ctx, ownerId)) {
    case 'hidden':
      return null;
    case 'masked':
      return masked ?? null;
    case 'clear':
      return clearValue(ctx, field, ownerId);
  }
}
