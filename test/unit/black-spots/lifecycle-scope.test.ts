import {
  type Actor,
  type ActorRole,
  allowedActions,
  type BlackSpotStatus,
  planTransition,
  type SpotState,
  type TransitionAction,
} from '../../../server/black-spots/lifecycle';
import { AppError } from '../../../server/errors/app-error';

const OUR_UNION = 41;
const ANOTHER_UNION = 77;

function actor(
  role: ActorRole,
  organisationId: number,
  organisationKind: string,
  adminUnitCode: string,
): Actor {
  return { role, userId: 100, organisationId, organisationKind, adminUnitCode };
}

const district3Office = actor(
  'officer',
  12,
  'district_environment_office',
  '770',
);
const benNgheUnion = actor('union_manager', 52, 'ward_union', '26740');
const district3Union = actor('union_manager', 61, 'district_union', '770');
const cuChiUnion = actor('union_manager', 62, 'district_union', '783');
const cityUnion = actor('union_manager', 1, 'city_union', '79');
const anotherUnionManager = actor(
  'union_manager',
  ANOTHER_UNION,
  'district_union',
  '760',
);
const anotherUnionMember = actor(
  'union_member',
  ANOTHER_UNION,
  'district_union',
  '760',
);

function spot(
  status: BlackSpotStatus,
  place: { districtCode: string; wardCode: string | null },
): SpotState {
  const claimed = status === 'assigned' || status === 'in_progress';

  return {
    status,
    ...place,
    claimedByOrganisationId: claimed ? OUR_UNION : null,
  };
}

const BEN_NGHE = { districtCode: '760', wardCode: '26740' };
const CAU_KHO = { districtCode: '760', wardCode: '26761' };
const DISTRICT_3_WARD_7 = { districtCode: '770', wardCode: '27124' };
const CU_CHI_UNMAPPED = { districtCode: '783', wardCode: null };

const CONTEXT = { eventId: 7, openClaims: 0, maxOpenClaims: 3 };

interface ScopeCase {
  readonly who: string;
  readonly actor: Actor;
  readonly action: TransitionAction;
  readonly spot: SpotState;
  readonly where: string;
}

const inScope: (ScopeCase & { to: BlackSpotStatus })[] = [
  {
    who: 'the District 3 office',
    actor: district3Office,
    action: 'verify',
    spot: spot('reported', DISTRICT_3_WARD_7),
    where: 'in District 3',
    to: 'verified',
  },
  {
    who: 'the Bến Nghé ward union',
    actor: benNgheUnion,
    action: 'claim',
    spot: spot('verified', BEN_NGHE),
    where: 'in its ward',
    to: 'assigned',
  },
  {
    who: 'the Củ Chi district union',
    actor: cuChiUnion,
    action: 'claim',
    spot: spot('verified', CU_CHI_UNMAPPED),
    where: 'in its district whose ward is unknown',
    to: 'assigned',
  },
  {
    who: 'the City Youth Union',
    actor: cityUnion,
    action: 'claim',
    spot: spot('verified', CU_CHI_UNMAPPED),
    where: 'anywhere in the city',
    to: 'assigned',
  },
];

const outOfScope: ScopeCase[] = [
  ...(['verify', 'reject'] as const).map((action) => ({
    who: 'the District 3 office',
    actor: district3Office,
    action,
    spot: spot('reported', BEN_NGHE),
    where: 'in District 1',
  })),
  {
    who: 'the District 3 office',
    actor: district3Office,
    action: 'release',
    spot: spot('assigned', BEN_NGHE),
    where: 'in District 1',
  },
  {
    who: 'the Bến Nghé ward union',
    actor: benNgheUnion,
    action: 'claim',
    spot: spot('verified', CAU_KHO),
    where: 'in the next ward, Cầu Kho',
  },
  {
    who: 'the District 3 union',
    actor: district3Union,
    action: 'claim',
    spot: spot('verified', BEN_NGHE),
    where: 'in District 1',
  },
  ...(['release', 'start'] as const).map((action) => ({
    who: "another union's manager",
    actor: anotherUnionManager,
    action,
    spot: spot('assigned', BEN_NGHE),
    where: 'that our union claimed',
  })),
  ...(['start', 'postpone'] as const).map((action) => ({
    who: "another union's member",
    actor: anotherUnionMember,
    action,
    spot: spot(action === 'start' ? 'assigned' : 'in_progress', BEN_NGHE),
    where: 'that our union claimed',
  })),
];

describe('who may act where', () => {
  it.each(inScope)(
    '$who may $action a spot $where',
    ({ actor, action, spot, to }) => {
      const plan = planTransition(spot, action, actor, CONTEXT);

      expect(plan.to).toBe(to);
    },
  );

  it.each(outOfScope)(
    '$who may not $action a spot $where: out_of_scope',
    ({ actor, action, spot }) => {
      const attempt = () => planTransition(spot, action, actor, CONTEXT);

      expect(attempt).toThrow(AppError);
      expect(attempt).toThrow(
        expect.objectContaining({ code: 'out_of_scope', status: 403 }),
      );
      expect(allowedActions(spot, actor)).not.toContain(action);
    },
  );

  it('offers a district office nothing outside its district', () => {
    const actions = allowedActions(spot('reported', BEN_NGHE), district3Office);

    expect(actions).toEqual([]);
  });

  it('gives a claim to the claiming union', () => {
    const plan = planTransition(
      spot('verified', BEN_NGHE),
      'claim',
      benNgheUnion,
      CONTEXT,
    );

    expect(plan.claimedByOrganisationId).toBe(benNgheUnion.organisationId);
  });
});
