import { AppError } from '../errors/app-error';
import type { BlackSpotStatus, RejectionReason, Role } from './vocabulary';

export {
  BLACK_SPOT_STATUSES,
  type BlackSpotStatus,
  REJECTION_REASONS,
  type RejectionReason,
} from './vocabulary';

/** Who acts: a signed-in user, or the public (no account). */
export type ActorRole = 'public' | Role;

export interface Actor {
  readonly role: ActorRole;
  readonly userId: number | null;
  readonly organisationId: number | null;
  /** The kind of the actor's organisation, which sets its area. */
  readonly organisationKind: string | null;
  /** The admin unit the organisation covers (city, district or ward code). */
  readonly adminUnitCode: string | null;
}

/** The facts about a spot that the rules look at. */
export interface SpotState {
  readonly status: BlackSpotStatus;
  readonly districtCode: string;
  readonly wardCode: string | null;
  readonly claimedByOrganisationId: number | null;
}

/** Facts a transition may need that do not live on the spot itself. */
export interface TransitionContext {
  readonly reason?: string | null;
  readonly rejectionReason?: RejectionReason | null;
  readonly duplicateOfId?: number | null;
  readonly eventId?: number | null;
  /** Open claims the actor's union holds now (for claim). */
  readonly openClaims?: number;
  readonly maxOpenClaims?: number;
  /** Photos on the spot (for complete). */
  readonly beforePhotos?: number;
  readonly afterPhotos?: number;
}

const OFFICERS: readonly ActorRole[] = ['officer', 'admin'];
const UNION_MANAGERS: readonly ActorRole[] = ['union_manager'];
const UNIONS: readonly ActorRole[] = ['union_manager', 'union_member'];

interface TransitionRule {
  readonly from: readonly BlackSpotStatus[];
  readonly to: BlackSpotStatus;
  readonly roles: readonly ActorRole[];
  /** Unions may act only on spots their own union has claimed. */
  readonly claimantOnly?: boolean;
}

/**
 * The black spot's state machine: every transition, the statuses it leaves
 * from, where it leads and who may take it. Nothing else changes a status.
 */
export const TRANSITIONS = {
  verify: { from: ['reported'], to: 'verified', roles: OFFICERS },
  reject: { from: ['reported'], to: 'rejected', roles: OFFICERS },
  claim: { from: ['verified'], to: 'assigned', roles: UNION_MANAGERS },
  release: {
    from: ['assigned'],
    to: 'verified',
    roles: [...UNION_MANAGERS, ...OFFICERS],
    claimantOnly: true,
  },
  start: {
    from: ['assigned'],
    to: 'in_progress',
    roles: [...UNIONS, ...OFFICERS],
    claimantOnly: true,
  },
  postpone: {
    from: ['in_progress'],
    to: 'assigned',
    roles: [...UNIONS, ...OFFICERS],
    claimantOnly: true,
  },
  complete: { from: ['in_progress'], to: 'transformed', roles: OFFICERS },
  relapse: { from: ['transformed'], to: 'relapsed', roles: OFFICERS },
  reverify: { from: ['relapsed'], to: 'verified', roles: OFFICERS },
} as const satisfies Record<string, TransitionRule>;

export type TransitionAction = keyof typeof TRANSITIONS;

export const TRANSITION_ACTIONS = Object.keys(
  TRANSITIONS,
) as TransitionAction[];

/** What a permitted transition does to the spot. */
export interface TransitionPlan {
  readonly action: TransitionAction;
  readonly from: BlackSpotStatus;
  readonly to: BlackSpotStatus;
  readonly claimedByOrganisationId: number | null;
  readonly rejectionReason: RejectionReason | null;
  readonly duplicateOfId: number | null;
}

/** The actions `actor` could take on `spot` as it stands. */
export function allowedActions(
  spot: SpotState,
  actor: Actor,
): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => {
    const rule: TransitionRule = TRANSITIONS[action];

    return (
      rule.from.includes(spot.status) &&
      rule.roles.includes(actor.role) &&
      isInScope(spot, actor, rule)
    );
  });
}

/**
 * Checks one transition against the rules and returns what it changes, or
 * throws: 403 when the actor may not take it, 409 when the spot's status or
 * the union's claims do not allow it, 400 when a required reason is missing.
 */
export function planTransition(
  spot: SpotState,
  action: TransitionAction,
  actor: Actor,
  context: TransitionContext = {},
): TransitionPlan {
  const rule: TransitionRule = TRANSITIONS[action];

  checkRole(action, actor);

  if (!rule.from.includes(spot.status)) {
    throw new AppError('transition_not_allowed', {
      details: { status: spot.status, allowed: allowedActions(spot, actor) },
    });
  }

  if (!isInScope(spot, actor, rule)) {
    throw new AppError('out_of_scope');
  }

  checkPreconditions(action, context);

  return {
    action,
    from: spot.status,
    to: rule.to,
    claimedByOrganisationId: claimAfter(action, spot, actor),
    rejectionReason: action === 'reject' ? context.rejectionReason! : null,
    duplicateOfId:
      action === 'reject' && context.rejectionReason === 'duplicate'
        ? context.duplicateOfId!
        : null,
  };
}

/**
 * Throws 401 to the public and 403 to a signed-in user whose role may never
 * take `action`, whatever the spot. Callers check this before anything about
 * the spot, so that a stranger learns nothing of its state.
 */
export function checkRole(action: TransitionAction, actor: Actor): void {
  const rule: TransitionRule = TRANSITIONS[action];

  if (!rule.roles.includes(actor.role)) {
    throw new AppError(
      actor.role === 'public' ? 'not_authenticated' : 'forbidden',
    );
  }
}

function checkPreconditions(
  action: TransitionAction,
  context: TransitionContext,
): void {
  const reason = context.reason?.trim() ?? '';

  if (action === 'reject') {
    requireReject(context);
  }

  if (action === 'relapse' && reason === '') {
    throw missing('reason', 'Lý do là bắt buộc.', 'A reason is required.');
  }

  if (action === 'claim') {
    if (context.eventId == null) {
      throw missing(
        'eventId',
        'Cần chọn Ngày Chủ nhật xanh để nhận điểm.',
        'A Green Sunday to claim the spot for is required.',
      );
    }

    if ((context.openClaims ?? 0) >= (context.maxOpenClaims ?? Infinity)) {
      throw new AppError('claim_limit_reached', {
        details: { maxOpenClaims: context.maxOpenClaims },
      });
    }
  }

  if (
    action === 'complete' &&
    ((context.beforePhotos ?? 0) < 1 || (context.afterPhotos ?? 0) < 1)
  ) {
    throw new AppError('photos_required');
  }
}

function requireReject(context: TransitionContext): void {
  if (!context.rejectionReason) {
    throw missing(
      'rejectionReason',
      'Cần chọn lý do không xác nhận.',
      'A rejection reason is required.',
    );
  }

  if (
    context.rejectionReason === 'duplicate' &&
    context.duplicateOfId == null
  ) {
    throw missing(
      'duplicateOfId',
      'Cần chọn điểm đen gốc bị trùng lặp.',
      'A duplicate must name the spot it duplicates.',
    );
  }
}

function missing(field: string, vi: string, en: string): AppError {
  return new AppError('validation_failed', {
    fields: [{ field, message: { vi, en } }],
  });
}

function claimAfter(
  action: TransitionAction,
  spot: SpotState,
  actor: Actor,
): number | null {
  if (action === 'claim') {
    return actor.organisationId;
  }

  const rule: TransitionRule = TRANSITIONS[action];

  return rule.to === 'assigned' || rule.to === 'in_progress'
    ? spot.claimedByOrganisationId
    : null;
}

/**
 * Officers of a district office act in their district and DONRE's in the
 * whole city; a union claims within its area and, once a spot is claimed,
 * only the claiming union acts on it. Admins act everywhere.
 */
function isInScope(spot: SpotState, actor: Actor, rule: TransitionRule) {
  if (actor.role === 'admin') {
    return true;
  }

  if (actor.role === 'officer') {
    return (
      actor.organisationKind !== 'district_environment_office' ||
      actor.adminUnitCode === spot.districtCode
    );
  }

  if (rule.claimantOnly) {
    return (
      spot.claimedByOrganisationId !== null &&
      spot.claimedByOrganisationId === actor.organisationId
    );
  }

  return coversSpot(spot, actor);
}

function coversSpot(spot: SpotState, actor: Actor): boolean {
  switch (actor.organisationKind) {
    case 'city_union':
    case 'base_union':
    case 'youth_federation':
      return true;
    case 'district_union':
      return actor.adminUnitCode === spot.districtCode;
    case 'ward_union':
      return actor.adminUnitCode === spot.wardCode;
    default:
      return false;
  }
}
