import type { EventsKey } from 'ol/events';
import type BaseEvent from 'ol/events/Event';
import BaseObject, { type ObjectEvent } from 'ol/Object';
import type { Types as ObjectEventTypes } from 'ol/ObjectEventType';
import type {
  CombinedOnSignature,
  EventTypes,
  OnSignature,
} from 'ol/Observable';

import type { ApiClient } from './api/api-client';
import type { SessionUser, UserRole } from './api/api-types';

type SessionEventTypes = ObjectEventTypes | 'change:user';

type SessionOnSignature<Return> = OnSignature<EventTypes, BaseEvent, Return> &
  OnSignature<SessionEventTypes, ObjectEvent, Return> &
  CombinedOnSignature<EventTypes | SessionEventTypes, Return>;

const VERIFYING_ROLES: ReadonlySet<UserRole> = new Set(['officer', 'admin']);

/**
 * Who is logged in. The user is the observable `user` property, so parts
 * of the interface follow it with `session.on('change:user', ...)`.
 */
export class Session extends BaseObject {
  declare on: SessionOnSignature<EventsKey>;
  declare once: SessionOnSignature<EventsKey>;
  declare un: SessionOnSignature<void>;
  readonly #client: ApiClient;

  constructor(client: ApiClient) {
    super({ user: null });
    this.#client = client;
  }

  getUser(): SessionUser | null {
    return this.get('user') as SessionUser | null;
  }

  /** Whether the user may verify and reject reported spots. */
  canVerify(): boolean {
    const user = this.getUser();

    return user !== null && VERIFYING_ROLES.has(user.role);
  }

  async load(): Promise<void> {
    const info = await this.#client.getSession();
    this.set('user', info.user);
  }

  async logIn(email: string, password: string): Promise<SessionUser | null> {
    const info = await this.#client.logIn(email, password);
    this.set('user', info.user);

    return info.user;
  }

  async logOut(): Promise<void> {
    await this.#client.logOut();
    this.set('user', null);
  }

  /** Forgets the user locally, e.g. after the server answered 401. */
  expire(): void {
    this.#client.setCsrfToken(null);
    this.set('user', null);
  }
}
