import { z } from 'zod';

export const reportKindSchema = z.enum(['interim', 'final']);
