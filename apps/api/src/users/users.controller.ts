import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Action } from '@resultatkedjan/contracts';
import { RequirePermission } from '../common/access/require-permission.decorator.js';
import { CurrentAuth } from '../common/access/current-auth.decorator.js';
import type { AuthContext } from '../auth/auth-context.js';
import type { Page } from '../common/pagination/page-query.dto.js';
import { idParam } from '../common/validation/fields.js';
import { UserDto, UserInvitationDto, UserPageDto } from './dto/user.dto.js';
import { CreateUserDto, GrantRoleDto, UpdateUserDto, UserQueryDto } from './dto/user-input.dto.js';
import { USER_NOT_FOUND } from './user.mapper.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
@ApiNotFoundResponse({ description: 'Användaren finns inte (eller tillhör en annan kommun)' })
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Kommunens användare med sina roller' })
  @ApiOkResponse({ type: UserPageDto })
  list(@CurrentAuth() auth: AuthContext, @Query() query: UserQueryDto): Promise<Page<UserDto>> {
    return this.users.list(auth, query);
  }

  @Get(':id')
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'En användare med sina roller' })
  @ApiOkResponse({ type: UserDto })
  get(@CurrentAuth() auth: AuthContext, @Param('id', idParam(USER_NOT_FOUND)) id: string): Promise<UserDto> {
    return this.users.get(auth, id);
  }

  @Post()
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Skapa en användare (e-post unik; lösenord minst 12 tecken eller bara SSO)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'E-postadressen används redan' })
  create(@CurrentAuth() auth: AuthContext, @Body() body: CreateUserDto): Promise<UserDto> {
    return this.users.create(auth, body);
  }

  @Patch(':id')
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Ändra namn, lösenord eller SSO-koppling, eller inaktivera (active: false)' })
  @ApiOkResponse({ type: UserDto })
  update(@CurrentAuth() auth: AuthContext, @Param('id', idParam(USER_NOT_FOUND)) id: string, @Body() body: UpdateUserDto): Promise<UserDto> {
    return this.users.update(auth, id, body);
  }

  @Post(':id/grants')
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Ge en roll för en del av organisationen (orgNodeId null = hela kommunen)' })
  @ApiCreatedResponse({ type: UserDto })
  @ApiConflictResponse({ description: 'Användaren har redan rollen där' })
  grant(@CurrentAuth() auth: AuthContext, @Param('id', idParam(USER_NOT_FOUND)) id: string, @Body() body: GrantRoleDto): Promise<UserDto> {
    return this.users.grant(auth, id, body);
  }

  @Post(':id/invitation')
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Skicka en inbjudningslänk (gäller 7 dagar, en gång) med vilken användaren väljer lösenord' })
  @ApiCreatedResponse({ type: UserInvitationDto })
  @ApiUnprocessableEntityResponse({ description: 'Kontot är inaktiverat' })
  invite(@CurrentAuth() auth: AuthContext, @Param('id', idParam(USER_NOT_FOUND)) id: string): Promise<UserInvitationDto> {
    return this.users.invite(auth, id);
  }

  @Delete(':id/grants/:grantId')
  @HttpCode(200)
  @RequirePermission(Action.userManage)
  @ApiOperation({ summary: 'Ta bort en roll' })
  @ApiOkResponse({ type: UserDto })
  revoke(
    @CurrentAuth() auth: AuthContext,
    @Param('id', idParam(USER_NOT_FOUND)) id: string,
    @Param('grantId', idParam('Rollen')) grantId: string,
  ): Promise<UserDto> {
    return this.users.revoke(auth, id, grantId);
  }
}
