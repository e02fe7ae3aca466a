import {
  type Actor,
  type ActorRole,
  allowedActions,
  type BlackSpotStatus,
  planTransition,
  type TransitionAction,
  type TransitionContext,
} from '../../../server/black-spots/lifecycle';
import { OUR_UNION, refusalOf, spotIn } from './lifecycle-fixtures';

// Everything below is written by hand from DESIGN.md's lifecycle, never read
// from the server's rules, so that a changed rule shows up as a failure.

const ACTIONS: TransitionAction[] = [
  'verify',
  'reject',
  'claim',
  'release',
  'start',
  'postpone',
  'complete',
  'relapse',
  'reverify',
];

const STATUSES: BlackSpotStatus[] = [
  'reported',
  'verified',
  'rejected',
  'assigned',
  'in_progress',
  'transformed',
  'relapsed',
];

const ROLES: ActorRole[] = [
  'public',
  'admin',
  'officer',
  'union_manager',
  'union_member',
];

/** Where each action leads. */
const LEADS_TO: Record<TransitionAction, BlackSpotStatus> = {
  verify: 'verified',
  reject: 'rejected',
  claim: 'assigned',
  release: 'verified',
  start: 'in_progress',
  postpone: 'assigned',
  complete: 'transformed',
  relapse: 'relapsed',
  reverify: 'verified',
};

const OFFICERS_MAY: Partial<Record<BlackSpotStatus, TransitionAction[]>> = {
  reported: ['verify', 'reject'],
  assigned: ['release', 'start'],
  in_progress: ['postpone', 'complete'],
  transformed: ['relapse'],
  relapsed: ['reverify'],
};

/**
 * What each role may do to a spot in each status, for a spot in the actor's
 * area that, once claimed, the actor's own union holds.
 */
const MAY: Record<
  ActorRole,
  Partial<Record<BlackSpotStatus, TransitionAction[]>>
> = {
  public: {},
  admin: OFFICERS_MAY,
  officer: OFFICERS_MAY,
  union_manager: {
    verified: ['claim'],
    assigned: ['release', 'start'],
    in_progress: ['postpone'],
  },
  union_member: {
    assigned: ['start'],
    in_progress: ['postpone'],
  },
};

const HTTP_STATUS = {
  not_authenticated: 401,
  forbidden: 403,
  transition_not_allowed: 409,
} as const;

const ACTORS: Record<ActorRole, Actor> = {
  public: {
    role: 'public',
    userId: null,
    organisationId: null,
    organisationKind: null,
    adminUnitCode: null,
  },
  admin: actor('admin', 1, 3, 'donre', '79'),
  officer: actor('officer', 2, 3, 'donre', '79'),
  union_manager: actor('union_manager', 3, OUR_UNION, 'district_union', '760'),
  union_member: actor('union_member', 4, OUR_UNION, 'district_union', '760'),
};

/** Everything any transition asks for, so only the rules decide. */
const COMPLETE_CONTEXT: TransitionContext = {
  reason: 'Kiểm tra thực địa ngày 12/5',
  rejectionReason: 'not_a_black_spot',
  eventId: 7,
  openClaims: 0,
  maxOpenClaims: 3,
  beforePhotos: 1,
  afterPhotos: 1,
};

function actor(
  role: ActorRole,
  userId: number,
  organisationId: number,
  organisationKind: string,
  adminUnitCode: string,
): Actor {
  return { role, userId, organisationId, organisationKind, adminUnitCode };
}

const sorted = (actions: readonly string[] | undefined) =>
  [...(actions ?? [])].sort();

const everyAttempt = ACTIONS.flatMap((action) =>
  STATUSES.flatMap((status) => ROLES.map((role) => ({ action, status, role }))),
);

const permitted = everyAttempt
  .filter(({ action, status, role }) => MAY[role][status]?.includes(action))
  .map((attempt) => ({ ...attempt, to: LEADS_TO[attempt.action] }));

const refused = everyAttempt
  .filter(({ action, status, role }) => !MAY[role][status]?.includes(action))
  .map(({ action, status, role }) => {
    const takesItAnywhere = Object.values(MAY[role]).some((actions) =>
      actions.includes(action),
    );
    const code = takesItAnywhere
      ? 'transition_not_allowed'
      : role === 'public'
        ? 'not_authenticated'
        : 'forbidden';

    return { action, status, role, code } as const;
  });

describe('the black spot lifecycle', () => {
  it('covers every action, status and role once', () => {
    expect(permitted.length + refused.length).toBe(9 * 7 * 5);
    expect(permitted).toHaveLength(22);
  });

  it.each(permitted)(
    '$role may $action a $status spot, which becomes $to',
    ({ action, status, role, to }) => {
      const plan = planTransition(
        spotIn(status),
        action,
        ACTORS[role],
        COMPLETE_CONTEXT,
      );

      expect(plan).toMatchObject({ action, from: status, to });
    },
  );

  it.each(refused)(
    '$role may not $action a $status spot: $code',
    ({ action, status, role, code }) => {
      const error = refusalOf(() =>
        planTransition(spotIn(status), action, ACTORS[role], COMPLETE_CONTEXT),
      );

      expect(error.code).toBe(code);
      expect(error.status).toBe(HTTP_STATUS[code]);

      if (code === 'transition_not_allowed') {
        expect(sorted(error.details.allowed as string[])).toEqual(
          sorted(MAY[role][status]),
        );
      }
    },
  );

  it.each(
    STATUSES.flatMap((status) => ROLES.map((role) => ({ status, role }))),
  )(
    'offers $role on a $status spot exactly what it may do',
    ({ status, role }) => {
      const actions = allowedActions(spotIn(status), ACTORS[role]);

      expect(sorted(actions)).toEqual(sorted(MAY[role][status]));
    },
  );
});
