import { Body, Controller, Get, HttpCode, Param, Post, Req } from '@nestjs/common';
import { ApiGoneResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../../common/access/public.decorator.js';
import { AcceptInvitationDto, InvitationDto } from './invitation.dto.js';
import { InvitationsService } from './invitations.service.js';

@ApiTags('auth')
@Controller('auth/invitations')
export class InvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get(':token')
  @Public()
  @ApiOperation({ summary: 'Vem en inbjudningslänk gäller (för sidan där lösenordet väljs)' })
  @ApiOkResponse({ type: InvitationDto })
  @ApiNotFoundResponse({ description: 'Okänd länk' })
  @ApiGoneResponse({ description: 'Länken är använd eller har gått ut' })
  describe(@Param('token') token: string): Promise<InvitationDto> {
    return this.invitations.describe(token);
  }

  @Post('accept')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Välj ett första lösenord med en inbjudningslänk; länken kan bara användas en gång' })
  @ApiNoContentResponse()
  async accept(@Body() body: AcceptInvitationDto, @Req() req: Request & { id?: string }): Promise<void> {
    await this.invitations.accept(body.token, body.password, req.id ?? null);
  }
}
