// Class names the sign-in, first-run and account forms share.
export { BUTTON_PRIMARY, BUTTON_SECONDARY, CAPTION, CARD, FIELD, LABEL, NOTICE_ERROR, NOTICE_INFO, NOTICE_OK } from "@/components/data/ui";
export const FIELD_ERROR = "text-xs font-normal text-red-700 dark:text-red-300";
