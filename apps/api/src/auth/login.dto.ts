import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { sv } from '../common/validation/swedish-message.js';

export class LoginDto {
  @ApiProperty({ example: 'eva.berg@exempelstad.se' })
  @IsString()
  @MinLength(3)
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Exempel2026!' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  password!: string;

  @ApiPropertyOptional({ example: '9901', description: 'Kommunen att logga in i; utan den väljs kommunen av e-postadressens domän' })
  @IsOptional()
  @Matches(/^\d{4}$/, sv('Kommunkoden är fyra siffror.'))
  kommunkod?: string;
}
