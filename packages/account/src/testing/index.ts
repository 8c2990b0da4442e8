// The `@pinkit/account/testing` entry: a fake account for a front-end's tests, without HTTP.
export { FakeAccountError, fakeAccount, fakeOpener } from './fake-account.js';
export type { FakeAccountData, FakeBoard, FakeCall } from './fake-account.js';
