import type { Actor } from '../black-spots/lifecycle';

declare global {
  namespace Express {
    interface Request {
      /** Who is acting: set for every request by the actor middleware. */
      actor: Actor;
    }
  }
}

declare module 'express-session' {
  interface SessionData {
    userId?: number;
  }
}

export {};
