/**
 * The name shown for someone who deleted their account, in every list, message and payload; the page
 * translates it ("former volunteer"). Pure: the app imports it to recognise the placeholder.
 */
export const FORMER_PERSON_NAME = "oud-vrijwilliger";
