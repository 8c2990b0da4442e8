/** One OAuth scope and what it lets the app do, as shown by `--scopes help`. */
export interface ScopeInfo {
  readonly scope: string;
  readonly description: string;
  /** v3 only: a scope that stands for several granular ones (`read_organic`, ...). */
  readonly composite?: boolean;
}
