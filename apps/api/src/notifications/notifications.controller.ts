import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Action, type NotificationDto, type NotificationPage } from '@resultatkedjan/contracts';
import { Authenticated } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import { pageWindow } from '../common/pagination/page-query.dto.js';
import type { AuthContext } from '../auth/auth-context.js';
import { TenantDb } from '../platform/database/tenant/tenant-db.service.js';
import { hasKommunWideGrant } from '../periods/kommun-wide.js';
import { NotificationQueryDto } from './dto/notification-query.dto.js';
import { NotificationPageResponse } from './dto/notification.response.js';

interface NotificationRow {
  id: string;
  kind: string;
  recipient_user_id: string | null;
  recipient_email: string;
  subject: string;
  body: string;
  channel: string;
  sent_at: Date | null;
  period_id: string | null;
  created_at: Date;
}

@ApiTags('notiser')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly db: TenantDb) {}

  @Get()
  @Authenticated()
  @ApiOperation({
    summary: 'Notiser (påminnelser, eskaleringar): mina egna; controller och admin ser hela kommunens utkorg',
  })
  @ApiOkResponse({ type: NotificationPageResponse })
  async list(@CurrentAuth() auth: AuthContext, @Query() query: NotificationQueryDto): Promise<NotificationPage> {
    const { skip, take, page, pageSize } = pageWindow(query);
    const wholeKommun = hasKommunWideGrant(auth, Action.jobRead) && query.mine !== 'true';
    const filters = [wholeKommun ? null : auth.userId, query.periodId ?? null, query.kind ?? null];
    const where = `($1::uuid IS NULL OR recipient_user_id = $1) AND ($2::uuid IS NULL OR period_id = $2) AND ($3::text IS NULL OR kind = $3)`;
    return this.db.run(auth.tenantId, async (m) => {
      const rows: NotificationRow[] = await m.query(
        `SELECT id, kind, recipient_user_id, recipient_email, subject, body, channel, sent_at, period_id, created_at
         FROM notification WHERE ${where} ORDER BY created_at DESC, id OFFSET $4 LIMIT $5`,
        [...filters, skip, take],
      );
      const [count]: { n: string }[] = await m.query(`SELECT count(*) AS n FROM notification WHERE ${where}`, filters);
      return { items: rows.map(toDto), page, pageSize, total: Number(count!.n) };
    });
  }
}

function toDto(row: NotificationRow): NotificationDto {
  return {
    id: row.id,
    kind: row.kind,
    recipientUserId: row.recipient_user_id,
    recipientEmail: row.recipient_email,
    subject: row.subject,
    body: row.body,
    channel: row.channel,
    sentAt: row.sent_at ? new Date(row.sent_at).toISOString() : null,
    periodId: row.period_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}
