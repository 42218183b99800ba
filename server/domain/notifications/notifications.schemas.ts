import { z } from "zod";

/**
 * The header's input. The open conversation comes from the page's address: one that is not a
 * conversation id leaves nothing out (as no conversation has that id).
 */
export const headerSchema = z.object({
  openConversationId: z.string().uuid().optional().catch(undefined),
});

export type HeaderInput = z.input<typeof headerSchema>;
