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
import { notificationQueries, type NotificationRow } from './notification.queries.js';

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
    const filter = { recipientUserId: wholeKommun ? null : auth.userId, periodId: query.periodId ?? null, kind: query.kind ?? null };
    return this.db.run(auth.tenantId, async (m) => {
      const { rows, total } = await notificationQueries.page(m, filter, { skip, take });
      return { items: rows.map(toDto), page, pageSize, total };
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
