/** The largest request body any form of Noaber needs (a long description is some kilobytes). */
export const FORM_BODY_LIMIT_BYTES = 64 * 1024;
