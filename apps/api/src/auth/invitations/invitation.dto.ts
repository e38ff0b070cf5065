import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class AcceptInvitationDto {
  @ApiProperty({ description: 'The token of the invitation link (/inbjudan/<token>)' })
  @IsString()
  @MinLength(20)
  @MaxLength(100)
  token!: string;

  @ApiProperty({ description: 'The first password: at least 12 characters, not a common one' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;
}

export class InvitationDto {
  @ApiProperty() email!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ description: 'The kommun the invitation is for' }) kommun!: string;
  @ApiProperty({ example: '9903', description: 'Its kommunkod (for its SSO: GET /auth/providers?kommun=)' }) kommunkod!: string;
  @ApiProperty({ format: 'date-time' }) expiresAt!: string;
}
