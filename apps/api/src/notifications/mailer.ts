import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG } from '../platform/config/config.module.js';
import type { AppConfig } from '../platform/config/app-config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** SMTP through nodemailer, from SMTP_URL (e.g. smtps://user:pass@mail.kommun.se:465). Only used when it is set. */
@Injectable()
export class Mailer implements OnModuleDestroy {
  private transport?: Transporter;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  get enabled(): boolean {
    return this.config.smtpUrl !== undefined;
  }

  async send(mail: OutgoingMail): Promise<string> {
    if (!this.config.smtpUrl) throw new Error('SMTP_URL is not set');
    this.transport ??= nodemailer.createTransport(this.config.smtpUrl);
    const info = await this.transport.sendMail({ from: this.config.smtpFrom, to: mail.to, subject: mail.subject, text: mail.text });
    return String(info.messageId ?? '');
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
