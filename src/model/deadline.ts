/**
 * The permissive deadline of an entry: the `Meta` key (HCL/JSON) or `metadata.annotations`
 * key (CRD) `mtls-lint/permissive-until`, a date written YYYY-MM-DD (a real calendar date,
 * `isIsoDate`). Read by the rule `permissive-expired` and by `mtls-lint status`.
 */
export const PERMISSIVE_UNTIL_KEY = 'mtls-lint/permissive-until';
