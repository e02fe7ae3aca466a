import {
  type Actor,
  type BlackSpotStatus,
  planTransition,
  type TransitionAction,
  type TransitionContext,
} from '../../../server/black-spots/lifecycle';
import { OUR_UNION, refusalOf, spotIn } from './lifecycle-fixtures';

const officer: Actor = {
  role: 'officer',
  userId: 2,
  organisationId: 3,
  organisationKind: 'donre',
  adminUnitCode: '79',
};

const unionManager: Actor = {
  role: 'union_manager',
  userId: 3,
  organisationId: OUR_UNION,
  organisationKind: 'district_union',
  adminUnitCode: '760',
};

const CLAIM = { eventId: 7, openClaims: 0, maxOpenClaims: 3 };

const missingFacts: {
  what: string;
  action: TransitionAction;
  from: BlackSpotStatus;
  context: TransitionContext;
  field: string;
}[] = [
  {
    what: 'a rejection without a reason',
    action: 'reject',
    from: 'reported',
    context: {},
    field: 'rejectionReason',
  },
  {
    what: 'a duplicate that names no original',
    action: 'reject',
    from: 'reported',
    context: { rejectionReason: 'duplicate' },
    field: 'duplicateOfId',
  },
  {
    what: 'a relapse without a reason',
    action: 'relapse',
    from: 'transformed',
    context: {},
    field: 'reason',
  },
  {
    what: 'a relapse whose reason is blank',
    action: 'relapse',
    from: 'transformed',
    context: { reason: '   ' },
    field: 'reason',
  },
  {
    what: 'a claim for no Green Sunday',
    action: 'claim',
    from: 'verified',
    context: { ...CLAIM, eventId: null },
    field: 'eventId',
  },
];

describe('what a transition needs besides permission', () => {
  it.each(missingFacts)(
    'refuses $what, naming the field $field',
    ({ action, from, context, field }) => {
      const actor = action === 'claim' ? unionManager : officer;

      const error = refusalOf(() =>
        planTransition(spotIn(from), action, actor, context),
      );

      expect(error.code).toBe('validation_failed');
      expect(error.status).toBe(400);
      expect(error.fields.map((problem) => problem.field)).toEqual([field]);
      expect(error.fields[0]!.message.vi).not.toBe('');
      expect(error.fields[0]!.message.en).not.toBe('');
    },
  );

  it('refuses a claim once the union holds the most open claims allowed', () => {
    const error = refusalOf(() =>
      planTransition(spotIn('verified'), 'claim', unionManager, {
        ...CLAIM,
        openClaims: 3,
      }),
    );

    expect(error.code).toBe('claim_limit_reached');
    expect(error.status).toBe(409);
    expect(error.details.maxOpenClaims).toBe(3);
  });

  it('lets a union claim while it is under the cap', () => {
    const plan = planTransition(spotIn('verified'), 'claim', unionManager, {
      ...CLAIM,
      openClaims: 2,
    });

    expect(plan.to).toBe('assigned');
  });

  it.each([
    { missing: 'an after photo', beforePhotos: 2, afterPhotos: 0 },
    { missing: 'a before photo', beforePhotos: 0, afterPhotos: 1 },
  ])(
    'refuses to complete a transformation without $missing',
    ({ beforePhotos, afterPhotos }) => {
      const error = refusalOf(() =>
        planTransition(spotIn('in_progress'), 'complete', officer, {
          beforePhotos,
          afterPhotos,
        }),
      );

      expect(error.code).toBe('photos_required');
      expect(error.status).toBe(409);
    },
  );

  it('records a duplicate rejection with the original it repeats', () => {
    const plan = planTransition(spotIn('reported'), 'reject', officer, {
      rejectionReason: 'duplicate',
      duplicateOfId: 12,
    });

    expect(plan).toMatchObject({
      to: 'rejected',
      rejectionReason: 'duplicate',
      duplicateOfId: 12,
    });
  });

  it('names no original for a rejection that is not a duplicate', () => {
    const plan = planTransition(spotIn('reported'), 'reject', officer, {
      rejectionReason: 'not_a_black_spot',
      duplicateOfId: 12,
    });

    expect(plan.duplicateOfId).toBeNull();
  });

  it.each([
    { action: 'start', from: 'assigned' },
    { action: 'postpone', from: 'in_progress' },
  ] as const)('keeps the claim through $action', ({ action, from }) => {
    const plan = planTransition(spotIn(from), action, officer);

    expect(plan.claimedByOrganisationId).toBe(OUR_UNION);
  });

  it.each([
    { action: 'release', from: 'assigned' },
    { action: 'complete', from: 'in_progress' },
  ] as const)('ends the claim on $action', ({ action, from }) => {
    const plan = planTransition(spotIn(from), action, officer, {
      beforePhotos: 1,
      afterPhotos: 1,
    });

    expect(plan.claimedByOrganisationId).toBeNull();
  });
});
