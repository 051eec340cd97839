import { z } from 'zod';

/** Monitoring tolerances (domain.md §7). Owned by the monitoring module. */
export const monitoringPolicySchema = z.object({}).strict();
