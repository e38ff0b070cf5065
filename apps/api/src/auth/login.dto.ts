import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

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
}
