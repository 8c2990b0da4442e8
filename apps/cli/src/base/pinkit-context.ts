import type { AccountOpener } from '@pinkit/account';
import type { BaseContext } from 'clipanion';

/** clipanion's context with what a front-end's tests may inject: an account opener (a fake account). */
export interface PinkitContext extends BaseContext {
  openAccount?: AccountOpener;
}
