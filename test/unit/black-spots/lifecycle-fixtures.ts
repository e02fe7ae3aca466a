import type {
  BlackSpotStatus,
  SpotState,
} from '../../../server/black-spots/lifecycle';
import { AppError } from '../../../server/errors/app-error';

/** The union the lifecycle tests act for. */
export const OUR_UNION = 41;

/** A spot in Phường Bến Nghé, Quận 1, held by our union once claimed. */
export function spotIn(status: BlackSpotStatus): SpotState {
  const claimed = status === 'assigned' || status === 'in_progress';

  return {
    status,
    districtCode: '760',
    wardCode: '26740',
    claimedByOrganisationId: claimed ? OUR_UNION : null,
  };
}

/** The AppError `attempt` throws; fails the test if it throws none. */
export function refusalOf(attempt: () => unknown): AppError {
  try {
    attempt();
  } catch (error) {
    if (error instanceof AppError) {
      return error;
    }

    throw error;
  }

  throw new Error('the transition was not refused');
}
