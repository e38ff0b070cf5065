import { Module } from '@nestjs/common';
import { UppdragController } from './uppdrag.controller.js';
import { UppdragService } from './uppdrag.service.js';

@Module({
  controllers: [UppdragController],
  providers: [UppdragService],
})
export class UppdragModule {}
