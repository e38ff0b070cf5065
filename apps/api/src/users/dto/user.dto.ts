import { ApiProperty } from '@nestjs/swagger';
import { ROLES, type Role, type UserInvitationDto as UserInvitationContract } from '@resultatkedjan/contracts';

export class UserRoleGrantDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ROLES, example: 'enhetschef' }) role!: Role;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'null = hela kommunen' }) orgNodeId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Norrskolan F–9' }) orgNodeName!: string | null;
}

export class UserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'omar.hassan@exempelstad.se' }) email!: string;
  @ApiProperty({ example: 'Omar Hassan' }) displayName!: string;
  @ApiProperty({ example: true }) active!: boolean;
  @ApiProperty({ description: 'Har ett lokalt lösenord (annars bara SSO)' }) hasPassword!: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'OIDC sub som kontot är knutet till' }) oidcSubject!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'När den väntande inbjudningslänken går ut; null om ingen väntar' })
  invitationExpiresAt!: string | null;
  @ApiProperty({ example: '2026-01-12T08:00:00.000Z' }) createdAt!: string;
  @ApiProperty({ type: [UserRoleGrantDto] }) grants!: UserRoleGrantDto[];
}

export class UserPageDto {
  @ApiProperty({ type: [UserDto] }) items!: UserDto[];
  @ApiProperty({ example: 1 }) page!: number;
  @ApiProperty({ example: 50 }) pageSize!: number;
  @ApiProperty({ example: 8 }) total!: number;
}

export class UserInvitationDto implements UserInvitationContract {
  @ApiProperty({ example: 'http://localhost:3000/inbjudan/3q2…', description: 'Engångslänk; ge den till användaren om e-post inte är konfigurerad' })
  link!: string;
  @ApiProperty({ example: '2026-12-09T10:00:00.000Z' }) expiresAt!: string;
}
