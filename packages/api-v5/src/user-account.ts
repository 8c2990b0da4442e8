import type { HttpClient } from '@pinkit/http';
import type { Account, LinkedBusiness } from './types.js';

export function getUserAccount(http: HttpClient): Promise<Account> {
  return http.get('/user_account');
}

export function listLinkedBusinesses(http: HttpClient): Promise<LinkedBusiness[]> {
  return http.get('/user_account/businesses');
}
