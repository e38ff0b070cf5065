import { Global, Module } from '@nestjs/common';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { LoginRateLimiter } from './login-rate-limiter.js';

@Global()
@Module({ controllers: [AuthController], providers: [AuthService, LoginRateLimiter], exports: [AuthService] })
export class AuthModule {}
