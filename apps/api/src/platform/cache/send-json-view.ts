import type { Request, Response } from 'express';
import type { JsonView } from './cached-views.js';

/**
 * Answers with a stored JSON view: the text as it is, its ETag, and 304 when the client already has it (the web's
 * repeated reads of an unchanged chain then carry no body at all).
 */
export function sendJsonView(req: Request, res: Response, view: JsonView): string {
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('ETag', view.etag);
  res.setHeader('Cache-Control', 'private, no-cache');
  if (req.get('if-none-match') === view.etag) {
    res.status(304);
    return '';
  }
  return view.body;
}
