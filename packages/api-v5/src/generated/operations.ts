// Derived from Pinterest API 5.28.0 (its official OpenAPI description) by scripts/gen.mjs; do not edit.
// Paths are relative to the v5 base URL (https://api.pinterest.com/v5), as in `paths`.
import type { V5Operation } from '../operation.js';

/** `T`, checked to be a `Shape` where the table is written (what `satisfies` does for a literal). */
type Checked<T extends Shape, Shape> = T;

/** Every OAuth scope of API v5, with the description Pinterest gives it, in the description's order. */
export const V5_SCOPES: readonly [
  {
    readonly "scope": "ads:read";
    readonly "description": "See all of your advertising data, including ads, ad groups, campaigns etc.";
  },
  {
    readonly "scope": "ads:write";
    readonly "description": "Create, update, or delete ads, ad groups, campaigns etc.";
  },
  {
    readonly "scope": "billing:read";
    readonly "description": "See all of your billing data, billing profile, etc.";
  },
  {
    readonly "scope": "billing:write";
    readonly "description": "Create, update, or delete billing data, billing profiles, etc.";
  },
  {
    readonly "scope": "biz_access:read";
    readonly "description": "See business access data";
  },
  {
    readonly "scope": "biz_access:write";
    readonly "description": "Create, update, or delete business access data";
  },
  {
    readonly "scope": "boards:read";
    readonly "description": "See your public boards, including group boards you join";
  },
  {
    readonly "scope": "boards:read_secret";
    readonly "description": "See your secret boards";
  },
  {
    readonly "scope": "boards:write";
    readonly "description": "Create, update, or delete your public boards";
  },
  {
    readonly "scope": "boards:write_secret";
    readonly "description": "Create, update, or delete your secret boards";
  },
  {
    readonly "scope": "catalogs:read";
    readonly "description": "See all of your catalogs data";
  },
  {
    readonly "scope": "catalogs:write";
    readonly "description": "Create, update, or delete your catalogs data";
  },
  {
    readonly "scope": "msot:write";
    readonly "description": "Create measurement source of truth events";
  },
  {
    readonly "scope": "pins:read";
    readonly "description": "See your public Pins";
  },
  {
    readonly "scope": "pins:read_secret";
    readonly "description": "See your secret Pins";
  },
  {
    readonly "scope": "pins:write";
    readonly "description": "Create, update, or delete your public Pins";
  },
  {
    readonly "scope": "pins:write_secret";
    readonly "description": "Create, update, or delete your secret Pins";
  },
  {
    readonly "scope": "user_accounts:read";
    readonly "description": "See your user accounts and followers";
  },
  {
    readonly "scope": "user_accounts:write";
    readonly "description": "Update your user accounts and followers";
  },
] = JSON.parse("[{\"scope\":\"ads:read\",\"description\":\"See all of your advertising data, including ads, ad groups, campaigns etc.\"},{\"scope\":\"ads:write\",\"description\":\"Create, update, or delete ads, ad groups, campaigns etc.\"},{\"scope\":\"billing:read\",\"description\":\"See all of your billing data, billing profile, etc.\"},{\"scope\":\"billing:write\",\"description\":\"Create, update, or delete billing data, billing profiles, etc.\"},{\"scope\":\"biz_access:read\",\"description\":\"See business access data\"},{\"scope\":\"biz_access:write\",\"description\":\"Create, update, or delete business access data\"},{\"scope\":\"boards:read\",\"description\":\"See your public boards, including group boards you join\"},{\"scope\":\"boards:read_secret\",\"description\":\"See your secret boards\"},{\"scope\":\"boards:write\",\"description\":\"Create, update, or delete your public boards\"},{\"scope\":\"boards:write_secret\",\"description\":\"Create, update, or delete your secret boards\"},{\"scope\":\"catalogs:read\",\"description\":\"See all of your catalogs data\"},{\"scope\":\"catalogs:write\",\"description\":\"Create, update, or delete your catalogs data\"},{\"scope\":\"msot:write\",\"description\":\"Create measurement source of truth events\"},{\"scope\":\"pins:read\",\"description\":\"See your public Pins\"},{\"scope\":\"pins:read_secret\",\"description\":\"See your secret Pins\"},{\"scope\":\"pins:write\",\"description\":\"Create, update, or delete your public Pins\"},{\"scope\":\"pins:write_secret\",\"description\":\"Create, update, or delete your secret Pins\"},{\"scope\":\"user_accounts:read\",\"description\":\"See your user accounts and followers\"},{\"scope\":\"user_accounts:write\",\"description\":\"Update your user accounts and followers\"}]");

/** Every v5 operation by its `operationId`. */
export const V5_OPERATIONS: Checked<{
  readonly "ad_account/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ad_account_countries/get": {
    readonly "method": "GET";
    readonly "path": "/resources/ad_account_countries";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_account_targeting_analytics/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/targeting_analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ad_accounts/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ad_accounts/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_accounts/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_accounts_audiences_shared_accounts/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences/shared/accounts";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_accounts_subscriptions/del_by_id": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "ad_accounts_subscriptions/get_by_id": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_accounts_subscriptions/get_list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/leads/subscriptions";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_accounts_subscriptions/post": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/leads/subscriptions";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/audience_sizing": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/audience_sizing";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups_bid_floor/get": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/bid_floor";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ad_groups_dynamic_titles/download_csv": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/csv";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_groups_dynamic_titles/get_status": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/status";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_groups_dynamic_titles/get_upload_url": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/uploads";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ad_groups_dynamic_titles/process_csv": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "ad_groups_targeting_analytics/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_groups/targeting_analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ad_pins/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/pins/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "ad_previews/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ad_previews";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ad_targeting_analytics/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ads/targeting_analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ads/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ads/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "ads/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ads";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ads/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ads/{ad_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ads/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ads";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ads/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/ads";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ads_credit/redeem": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ads_credit/redeem";
    readonly "scopes": readonly ["ads:write", "billing:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "ads_credits_discounts/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ads_credit/discounts";
    readonly "scopes": readonly ["ads:read", "billing:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "advanced_auction_items_get/post": {
    readonly "method": "POST";
    readonly "path": "/advanced_auction/items/get";
    readonly "scopes": readonly ["ads:read", "catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "advanced_auction_read";
    readonly "sandbox": "enabled";
  };
  readonly "advanced_auction_items_submit/post": {
    readonly "method": "POST";
    readonly "path": "/advanced_auction/items/submit";
    readonly "scopes": readonly ["ads:write", "catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "advanced_auction_write";
    readonly "sandbox": "enabled";
  };
  readonly "advertiser_defined_events/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/advertiser_defined_events";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "advertiser_defined_events/delete": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/advertiser_defined_events";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "advertiser_defined_events/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/advertiser_defined_events";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "advertiser_defined_events/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/advertiser_defined_events";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/create_conversion_product_report": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/reports/brand_category_sku";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/create_mmm_report": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/mmm_reports";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/create_report": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/reports";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/create_template_report": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/templates/{template_id}/reports";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/get_conversion_product_report": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/reports/brand_category_sku";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/get_mmm_report": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/mmm_reports";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "analytics/get_report": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/reports";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "asset_access_requests/create": {
    readonly "method": "POST";
    readonly "path": "/businesses/{business_id}/requests/assets/access";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "asset_group/create": {
    readonly "method": "POST";
    readonly "path": "/businesses/{business_id}/asset_groups";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "asset_group/delete": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/asset_groups";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "asset_group/update": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/asset_groups";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "audience_insights/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/audience_insights";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "audience_insights_scope_and_type/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/insights/audiences";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "audiences/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "audiences/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences/{audience_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "audiences/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "audiences/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences/{audience_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "billing_invoice_download/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/billing_invoice/{billing_invoice_id}/download";
    readonly "scopes": readonly ["ads:read", "billing:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "billing_invoices/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/billing_invoices";
    readonly "scopes": readonly ["ads:read", "billing:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "billing_profiles/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/billing_profiles";
    readonly "scopes": readonly ["ads:read", "billing:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "board_sections/create": {
    readonly "method": "POST";
    readonly "path": "/boards/{board_id}/sections";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "board_sections/delete": {
    readonly "method": "DELETE";
    readonly "path": "/boards/{board_id}/sections/{section_id}";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "board_sections/list": {
    readonly "method": "GET";
    readonly "path": "/boards/{board_id}/sections";
    readonly "scopes": readonly ["boards:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "board_sections/list_pins": {
    readonly "method": "GET";
    readonly "path": "/boards/{board_id}/sections/{section_id}/pins";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "board_sections/update": {
    readonly "method": "PATCH";
    readonly "path": "/boards/{board_id}/sections/{section_id}";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "boards/create": {
    readonly "method": "POST";
    readonly "path": "/boards";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "boards/delete": {
    readonly "method": "DELETE";
    readonly "path": "/boards/{board_id}";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "boards/get": {
    readonly "method": "GET";
    readonly "path": "/boards/{board_id}";
    readonly "scopes": readonly ["boards:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "boards/list": {
    readonly "method": "GET";
    readonly "path": "/boards";
    readonly "scopes": readonly ["boards:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "boards/list_pins": {
    readonly "method": "GET";
    readonly "path": "/boards/{board_id}/pins";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "boards/update": {
    readonly "method": "PATCH";
    readonly "path": "/boards/{board_id}";
    readonly "scopes": readonly ["boards:read", "boards:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "boards_user_follows/list": {
    readonly "method": "GET";
    readonly "path": "/user_account/following/boards";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "brand_accounts/create": {
    readonly "method": "POST";
    readonly "path": "/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "brand_accounts/update": {
    readonly "method": "PATCH";
    readonly "path": "/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts/{brand_account_id}";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "bulk_download/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/bulk/download";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "bulk_request/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/bulk/{bulk_request_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "bulk_upsert/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/bulk/upsert";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "business_account_audiences_shared_accounts/list": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/audiences/shared/accounts";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "business_asset_members/get": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/assets/{asset_id}/members";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "business_asset_partners/get": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/assets/{asset_id}/partners";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "business_assets/get": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/assets";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "business_member_assets/get": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/members/{member_id}/assets";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "business_members_asset_access/delete": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/members/assets/access";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "business_members_asset_access/update": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/members/assets/access";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "business_partner_asset_access/get": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/partners/{partner_id}/assets";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "campaign_ad_preview/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/campaign_ad_preview";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "campaign_ad_preview/delete": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/campaign_ad_preview";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "campaign_ad_preview/read": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/campaign_ad_preview";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "campaign_targeting_analytics/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns/targeting_analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "campaigns/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "campaigns/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "campaigns/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns/{campaign_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "campaigns/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "campaigns/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "cancel_invites_or_requests": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/invites";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs/available_filter_values": {
    readonly "method": "GET";
    readonly "path": "/catalogs/available_filter_values";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs/create": {
    readonly "method": "POST";
    readonly "path": "/catalogs";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_local_inventory_items/post": {
    readonly "method": "POST";
    readonly "path": "/catalogs/{catalog_id}/local_inventory_items/query";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_local_inventory_items_batch/operate": {
    readonly "method": "POST";
    readonly "path": "/catalogs/{catalog_id}/local_inventory_items/batch";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_local_stores/create": {
    readonly "method": "POST";
    readonly "path": "/catalogs/{catalog_id}/local_stores";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_local_stores/delete": {
    readonly "method": "DELETE";
    readonly "path": "/catalogs/{catalog_id}/local_stores";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_local_stores/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/{catalog_id}/local_stores";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_local_stores/update": {
    readonly "method": "PATCH";
    readonly "path": "/catalogs/{catalog_id}/local_stores";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "disabled";
  };
  readonly "catalogs_product_group_pins/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/product_groups/{product_group_id}/products";
    readonly "scopes": readonly ["boards:read", "catalogs:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/create": {
    readonly "method": "POST";
    readonly "path": "/catalogs/product_groups";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/create_many": {
    readonly "method": "POST";
    readonly "path": "/catalogs/product_groups/multiple";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/delete": {
    readonly "method": "DELETE";
    readonly "path": "/catalogs/product_groups/{product_group_id}";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/delete_many": {
    readonly "method": "DELETE";
    readonly "path": "/catalogs/product_groups/multiple";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/product_groups/{product_group_id}";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/product_groups";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/product_counts_get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/product_groups/{product_group_id}/product_counts";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_product_groups/update": {
    readonly "method": "PATCH";
    readonly "path": "/catalogs/product_groups/{product_group_id}";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "catalogs_supplemental_items_batch/get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/{catalog_id}/supplemental_items/batch/{batch_id}";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_deletion_request/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_deletion_requests";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_deletion_request/delete": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_deletion_requests/{request_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_deletion_request/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_deletion_requests/{request_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_deletion_request/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_deletion_requests";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_eqs/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_eqs";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_tags/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_tags";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_tags/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "conversion_tags/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_tags";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "country_keywords_metrics/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/keywords/metrics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "create_asset_invites": {
    readonly "method": "POST";
    readonly "path": "/businesses/{business_id}/invites/assets/access";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "create_membership_or_partnership_invites": {
    readonly "method": "POST";
    readonly "path": "/businesses/{business_id}/invites";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_list_uploads/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_list_uploads/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "customer_list_uploads/run": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}/run";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_lists/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_lists/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "customer_lists/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "customer_lists/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_segment/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_segments";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "customer_segment/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_segments";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "customer_segment/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/customer_segments";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "delete_business_membership": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/members";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "delete_business_partners": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/partners";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "delete_partner_asset_access_handler_impl": {
    readonly "method": "DELETE";
    readonly "path": "/businesses/{business_id}/partners/assets";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "delivery_metrics/get": {
    readonly "method": "GET";
    readonly "path": "/resources/delivery_metrics";
    readonly "scopes": readonly ["ads:read", "pins:read", "user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "events/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/events";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2", "conversion_token"];
    readonly "rateLimitCategory": "ads_conversions";
    readonly "sandbox": "disabled";
  };
  readonly "feed_processing_results/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/feeds/{feed_id}/processing_results";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/create": {
    readonly "method": "POST";
    readonly "path": "/catalogs/feeds";
    readonly "scopes": readonly ["catalogs:read", "catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/delete": {
    readonly "method": "DELETE";
    readonly "path": "/catalogs/feeds/{feed_id}";
    readonly "scopes": readonly ["catalogs:read", "catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/feeds/{feed_id}";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/ingest": {
    readonly "method": "POST";
    readonly "path": "/catalogs/feeds/{feed_id}/ingest";
    readonly "scopes": readonly ["catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/feeds";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "feeds/update": {
    readonly "method": "PATCH";
    readonly "path": "/catalogs/feeds/{feed_id}";
    readonly "scopes": readonly ["catalogs:read", "catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "follow_user/update": {
    readonly "method": "POST";
    readonly "path": "/user_account/following/{username}";
    readonly "scopes": readonly ["user_accounts:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "followers/list": {
    readonly "method": "GET";
    readonly "path": "/user_account/followers";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "get/business_employers": {
    readonly "method": "GET";
    readonly "path": "/businesses/employers";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "get/business_members": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/members";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "get/business_partners": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/partners";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "get/invites": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/invites";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "get_ad_groups_by_promotion_ids/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/promotion_applied_entities";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "get_campaign_delivery_estimates": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/campaigns/delivery_estimates";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_estimates_read";
    readonly "sandbox": "disabled";
  };
  readonly "integrations/get_by_id": {
    readonly "method": "GET";
    readonly "path": "/integrations/{id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "integrations/get_list": {
    readonly "method": "GET";
    readonly "path": "/integrations";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "integrations_commerce/del": {
    readonly "method": "DELETE";
    readonly "path": "/integrations/commerce/{external_business_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "integrations_commerce/get": {
    readonly "method": "GET";
    readonly "path": "/integrations/commerce/{external_business_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "integrations_commerce/patch": {
    readonly "method": "PATCH";
    readonly "path": "/integrations/commerce/{external_business_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "integrations_commerce/post": {
    readonly "method": "POST";
    readonly "path": "/integrations/commerce";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "integrations_logs/post": {
    readonly "method": "POST";
    readonly "path": "/integrations/logs";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "interest_targeting_options/get": {
    readonly "method": "GET";
    readonly "path": "/resources/targeting/interests/{interest_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "items/post": {
    readonly "method": "POST";
    readonly "path": "/catalogs/items";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "items_batch/get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/items/batch/{batch_id}";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "items_batch/post": {
    readonly "method": "POST";
    readonly "path": "/catalogs/items/batch";
    readonly "scopes": readonly ["catalogs:read", "catalogs:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "catalogs_write";
    readonly "sandbox": "enabled";
  };
  readonly "items_issues/list": {
    readonly "method": "GET";
    readonly "path": "/catalogs/processing_results/{processing_result_id}/item_issues";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "keywords/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/keywords";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "keywords/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/keywords";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "keywords/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/keywords";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "labels/apply": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/labels/{label_id}/apply";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "labels/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/labels";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "labels/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/labels";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "labels/remove": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/labels/{label_id}/remove";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "labels/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/labels";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "lead_form/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "lead_form_questions/get": {
    readonly "method": "GET";
    readonly "path": "/resources/lead_form_questions";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "lead_form_test/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}/test";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "lead_forms/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/lead_forms";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "lead_forms/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/lead_forms";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "lead_forms/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/lead_forms";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "leads_export/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/leads_export";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "leads_export/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/leads_export/{leads_export_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "linked_business_accounts/get": {
    readonly "method": "GET";
    readonly "path": "/user_account/businesses";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "media/create": {
    readonly "method": "POST";
    readonly "path": "/media";
    readonly "scopes": readonly ["pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "media/get": {
    readonly "method": "GET";
    readonly "path": "/media/{media_id}";
    readonly "scopes": readonly ["pins:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "media/list": {
    readonly "method": "GET";
    readonly "path": "/media";
    readonly "scopes": readonly ["pins:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "metrics_ready_state/get": {
    readonly "method": "GET";
    readonly "path": "/resources/metrics_ready_state";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "enabled";
  };
  readonly "msot_events/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/msot/events";
    readonly "scopes": readonly ["msot:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "msot_write";
    readonly "sandbox": "disabled";
  };
  readonly "multi_pins/analytics": {
    readonly "method": "GET";
    readonly "path": "/pins/analytics";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "notification/post": {
    readonly "method": "POST";
    readonly "path": "/notifications";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "oauth/conversion_token": {
    readonly "method": "POST";
    readonly "path": "/oauth/conversion_token";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "oauth/token": {
    readonly "method": "POST";
    readonly "path": "/oauth/token";
    readonly "scopes": readonly [];
    readonly "auth": readonly ["basic"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "ocpm_eligible_conversion_tags/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_tags/ocpm_eligible";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "order_lines/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/order_lines/{order_line_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "order_lines/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/order_lines";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "page_visit_conversion_tags/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/conversion_tags/page_visit";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "pins/analytics": {
    readonly "method": "GET";
    readonly "path": "/pins/{pin_id}/analytics";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "pins/create": {
    readonly "method": "POST";
    readonly "path": "/pins";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "pins/delete": {
    readonly "method": "DELETE";
    readonly "path": "/pins/{pin_id}";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "pins/get": {
    readonly "method": "GET";
    readonly "path": "/pins/{pin_id}";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "pins/list": {
    readonly "method": "GET";
    readonly "path": "/pins";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "pins/save": {
    readonly "method": "POST";
    readonly "path": "/pins/{pin_id}/save";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "pins/update": {
    readonly "method": "PATCH";
    readonly "path": "/pins/{pin_id}";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "product_group_promotions/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/product_group_promotions";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "product_group_promotions/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "product_group_promotions/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/product_group_promotions";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "product_group_promotions/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/product_group_promotions";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "product_groups/analytics": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/product_groups/analytics";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "product_tags/bulk_add": {
    readonly "method": "POST";
    readonly "path": "/pins/{pin_id}/product_tags";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "disabled";
  };
  readonly "product_tags/bulk_delete": {
    readonly "method": "POST";
    readonly "path": "/pins/{pin_id}/product_tags/bulk-delete";
    readonly "scopes": readonly ["boards:read", "boards:write", "pins:read", "pins:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "disabled";
  };
  readonly "product_tags/list": {
    readonly "method": "GET";
    readonly "path": "/pins/{pin_id}/product_tags";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "products_by_product_group_filter/list": {
    readonly "method": "POST";
    readonly "path": "/catalogs/products/get_by_product_group_filters";
    readonly "scopes": readonly ["boards:read", "catalogs:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "enabled";
  };
  readonly "promotions/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/promotions";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "promotions/delete": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/promotions/{promotion_id}";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "promotions/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/promotions/{promotion_id}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "promotions/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/promotions";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "promotions/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/promotions";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "reports/create": {
    readonly "method": "POST";
    readonly "path": "/catalogs/reports";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "reports/get": {
    readonly "method": "GET";
    readonly "path": "/catalogs/reports";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "reports/stats": {
    readonly "method": "GET";
    readonly "path": "/catalogs/reports/stats";
    readonly "scopes": readonly ["catalogs:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "catalogs_read";
    readonly "sandbox": "disabled";
  };
  readonly "respond_business_access_invites": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/invites";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "sandbox/delete": {
    readonly "method": "DELETE";
    readonly "path": "/ad_accounts/{ad_account_id}/sandbox";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "schedules/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/schedules";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "schedules/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/schedules";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "schedules/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/schedules";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "search_partner_pins": {
    readonly "method": "GET";
    readonly "path": "/search/partner/pins";
    readonly "scopes": readonly ["boards:read", "pins:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "search_user_boards/get": {
    readonly "method": "GET";
    readonly "path": "/search/boards";
    readonly "scopes": readonly ["boards:read", "boards:read_secret"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "search_user_pins/list": {
    readonly "method": "GET";
    readonly "path": "/search/pins";
    readonly "scopes": readonly ["boards:read", "boards:read_secret", "pins:read", "pins:read_secret"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "shared_audiences_for_business/list": {
    readonly "method": "GET";
    readonly "path": "/businesses/{business_id}/audiences";
    readonly "scopes": readonly ["biz_access:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "ssio_accounts/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/accounts";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ssio_insertion_order/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/insertion_orders";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ssio_insertion_order/edit": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/insertion_orders";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "ssio_insertion_orders_status/get_by_ad_account": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/insertion_orders/status";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ssio_insertion_orders_status/get_by_pin_order_id": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/insertion_orders/{pin_order_id}/status";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "ssio_order_lines/get_by_ad_account": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/ssio/order_lines";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "system_user/update": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/system_users/{system_user_id}";
    readonly "scopes": readonly ["biz_access:read", "biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "targeting_options/get": {
    readonly "method": "GET";
    readonly "path": "/resources/targeting/{targeting_type}";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "targeting_template/create": {
    readonly "method": "POST";
    readonly "path": "/ad_accounts/{ad_account_id}/targeting_templates";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "targeting_template/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/targeting_templates";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "disabled";
  };
  readonly "targeting_template/update": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/targeting_templates";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "enabled";
  };
  readonly "templates/list": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/templates";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "terms_of_service/get": {
    readonly "method": "GET";
    readonly "path": "/ad_accounts/{ad_account_id}/terms_of_service";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "terms_related/list": {
    readonly "method": "GET";
    readonly "path": "/terms/related";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "terms_suggested/list": {
    readonly "method": "GET";
    readonly "path": "/terms/suggested";
    readonly "scopes": readonly ["ads:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_read";
    readonly "sandbox": "enabled";
  };
  readonly "token/revoke": {
    readonly "method": "POST";
    readonly "path": "/oauth/token/revoke";
    readonly "scopes": readonly [];
    readonly "auth": readonly ["basic"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "enabled";
  };
  readonly "trending_keywords/list": {
    readonly "method": "GET";
    readonly "path": "/trends/keywords/{region}/top/{trend_type}";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "trends_read";
    readonly "sandbox": "enabled";
  };
  readonly "trends_editorial_articles/list": {
    readonly "method": "GET";
    readonly "path": "/trends/editorial_articles";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "trends_read";
    readonly "sandbox": "disabled";
  };
  readonly "trends_featured_topics/list": {
    readonly "method": "GET";
    readonly "path": "/trends/topics/featured";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "trends_read";
    readonly "sandbox": "disabled";
  };
  readonly "trends_product_categories_details/list": {
    readonly "method": "GET";
    readonly "path": "/trends/product_categories/details";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "trends_read";
    readonly "sandbox": "disabled";
  };
  readonly "trends_product_categories_trending/list": {
    readonly "method": "GET";
    readonly "path": "/trends/product_categories/trending";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "trends_read";
    readonly "sandbox": "disabled";
  };
  readonly "unverify_website/delete": {
    readonly "method": "DELETE";
    readonly "path": "/user_account/websites";
    readonly "scopes": readonly ["user_accounts:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "disabled";
  };
  readonly "update/business_memberships": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/members";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "update_ad_account_to_ad_account_shared_audience": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences/ad_accounts/shared";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "update_ad_account_to_business_shared_audience": {
    readonly "method": "PATCH";
    readonly "path": "/ad_accounts/{ad_account_id}/audiences/businesses/shared";
    readonly "scopes": readonly ["ads:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "update_business_to_ad_account_shared_audience": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/audiences/ad_accounts/shared";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "update_business_to_business_shared_audience": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/audiences/businesses/shared";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "update_partner_asset_access_handler_impl": {
    readonly "method": "PATCH";
    readonly "path": "/businesses/{business_id}/partners/assets";
    readonly "scopes": readonly ["biz_access:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "ads_write";
    readonly "sandbox": "disabled";
  };
  readonly "user_account/analytics": {
    readonly "method": "GET";
    readonly "path": "/user_account/analytics";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "user_account/analytics/top_pins": {
    readonly "method": "GET";
    readonly "path": "/user_account/analytics/top_pins";
    readonly "scopes": readonly ["pins:read", "user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "user_account/analytics/top_video_pins": {
    readonly "method": "GET";
    readonly "path": "/user_account/analytics/top_video_pins";
    readonly "scopes": readonly ["pins:read", "user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_analytics";
    readonly "sandbox": "disabled";
  };
  readonly "user_account/followed_interests": {
    readonly "method": "GET";
    readonly "path": "/users/{username}/interests/follow";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "user_account/get": {
    readonly "method": "GET";
    readonly "path": "/user_account";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "enabled";
  };
  readonly "user_following/get": {
    readonly "method": "GET";
    readonly "path": "/user_account/following";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "user_websites/get": {
    readonly "method": "GET";
    readonly "path": "/user_account/websites";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
  readonly "verify_website/update": {
    readonly "method": "POST";
    readonly "path": "/user_account/websites";
    readonly "scopes": readonly ["user_accounts:write"];
    readonly "auth": readonly ["pinterest_oauth2"];
    readonly "rateLimitCategory": "org_write";
    readonly "sandbox": "disabled";
  };
  readonly "website_verification/get": {
    readonly "method": "GET";
    readonly "path": "/user_account/websites/verification";
    readonly "scopes": readonly ["user_accounts:read"];
    readonly "auth": readonly ["pinterest_oauth2", "client_credentials"];
    readonly "rateLimitCategory": "org_read";
    readonly "sandbox": "disabled";
  };
}, Readonly<Record<string, V5Operation>>> = JSON.parse("{\"ad_account/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ad_account_countries/get\":{\"method\":\"GET\",\"path\":\"/resources/ad_account_countries\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_account_targeting_analytics/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/targeting_analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ad_accounts/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ad_accounts/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_accounts/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_accounts_audiences_shared_accounts/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/audiences/shared/accounts\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_accounts_subscriptions/del_by_id\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"ad_accounts_subscriptions/get_by_id\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/leads/subscriptions/{subscription_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_accounts_subscriptions/get_list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/leads/subscriptions\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_accounts_subscriptions/post\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/leads/subscriptions\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ad_groups/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ad_groups/audience_sizing\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/audience_sizing\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_groups/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ad_groups/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_groups/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_groups/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ad_groups_bid_floor/get\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/bid_floor\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ad_groups_dynamic_titles/download_csv\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/csv\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_groups_dynamic_titles/get_status\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/status\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_groups_dynamic_titles/get_upload_url\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles/uploads\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ad_groups_dynamic_titles/process_csv\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/{ad_group_id}/dynamic_titles\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"ad_groups_targeting_analytics/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ad_groups/targeting_analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ad_pins/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/pins/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"ad_previews/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ad_previews\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ad_targeting_analytics/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ads/targeting_analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ads/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ads/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"ads/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ads\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ads/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ads/{ad_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ads/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ads\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ads/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/ads\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ads_credit/redeem\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ads_credit/redeem\",\"scopes\":[\"ads:write\",\"billing:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"ads_credits_discounts/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ads_credit/discounts\",\"scopes\":[\"ads:read\",\"billing:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"advanced_auction_items_get/post\":{\"method\":\"POST\",\"path\":\"/advanced_auction/items/get\",\"scopes\":[\"ads:read\",\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"advanced_auction_read\",\"sandbox\":\"enabled\"},\"advanced_auction_items_submit/post\":{\"method\":\"POST\",\"path\":\"/advanced_auction/items/submit\",\"scopes\":[\"ads:write\",\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"advanced_auction_write\",\"sandbox\":\"enabled\"},\"advertiser_defined_events/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/advertiser_defined_events\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"advertiser_defined_events/delete\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/advertiser_defined_events\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"advertiser_defined_events/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/advertiser_defined_events\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"advertiser_defined_events/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/advertiser_defined_events\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"analytics/create_conversion_product_report\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/reports/brand_category_sku\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"analytics/create_mmm_report\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/mmm_reports\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"analytics/create_report\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/reports\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"analytics/create_template_report\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/templates/{template_id}/reports\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"analytics/get_conversion_product_report\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/reports/brand_category_sku\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"analytics/get_mmm_report\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/mmm_reports\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"analytics/get_report\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/reports\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"asset_access_requests/create\":{\"method\":\"POST\",\"path\":\"/businesses/{business_id}/requests/assets/access\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"asset_group/create\":{\"method\":\"POST\",\"path\":\"/businesses/{business_id}/asset_groups\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"asset_group/delete\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/asset_groups\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"asset_group/update\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/asset_groups\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"audience_insights/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/audience_insights\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"audience_insights_scope_and_type/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/insights/audiences\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"audiences/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/audiences\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"audiences/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/audiences/{audience_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"audiences/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/audiences\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"audiences/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/audiences/{audience_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"billing_invoice_download/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/billing_invoice/{billing_invoice_id}/download\",\"scopes\":[\"ads:read\",\"billing:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"billing_invoices/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/billing_invoices\",\"scopes\":[\"ads:read\",\"billing:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"billing_profiles/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/billing_profiles\",\"scopes\":[\"ads:read\",\"billing:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"board_sections/create\":{\"method\":\"POST\",\"path\":\"/boards/{board_id}/sections\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"board_sections/delete\":{\"method\":\"DELETE\",\"path\":\"/boards/{board_id}/sections/{section_id}\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"board_sections/list\":{\"method\":\"GET\",\"path\":\"/boards/{board_id}/sections\",\"scopes\":[\"boards:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"board_sections/list_pins\":{\"method\":\"GET\",\"path\":\"/boards/{board_id}/sections/{section_id}/pins\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"board_sections/update\":{\"method\":\"PATCH\",\"path\":\"/boards/{board_id}/sections/{section_id}\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"boards/create\":{\"method\":\"POST\",\"path\":\"/boards\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"boards/delete\":{\"method\":\"DELETE\",\"path\":\"/boards/{board_id}\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"boards/get\":{\"method\":\"GET\",\"path\":\"/boards/{board_id}\",\"scopes\":[\"boards:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"boards/list\":{\"method\":\"GET\",\"path\":\"/boards\",\"scopes\":[\"boards:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"boards/list_pins\":{\"method\":\"GET\",\"path\":\"/boards/{board_id}/pins\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"boards/update\":{\"method\":\"PATCH\",\"path\":\"/boards/{board_id}\",\"scopes\":[\"boards:read\",\"boards:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"boards_user_follows/list\":{\"method\":\"GET\",\"path\":\"/user_account/following/boards\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"brand_accounts/create\":{\"method\":\"POST\",\"path\":\"/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"brand_accounts/update\":{\"method\":\"PATCH\",\"path\":\"/business_access/business_hierarchy/{business_hierarchy_id}/brand_accounts/{brand_account_id}\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"bulk_download/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/bulk/download\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"bulk_request/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/bulk/{bulk_request_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"bulk_upsert/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/bulk/upsert\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"business_account_audiences_shared_accounts/list\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/audiences/shared/accounts\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"business_asset_members/get\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/assets/{asset_id}/members\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"business_asset_partners/get\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/assets/{asset_id}/partners\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"business_assets/get\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/assets\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"business_member_assets/get\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/members/{member_id}/assets\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"business_members_asset_access/delete\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/members/assets/access\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"business_members_asset_access/update\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/members/assets/access\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"business_partner_asset_access/get\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/partners/{partner_id}/assets\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"campaign_ad_preview/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/campaign_ad_preview\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"campaign_ad_preview/delete\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/campaign_ad_preview\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"campaign_ad_preview/read\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/campaign_ad_preview\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"campaign_targeting_analytics/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns/targeting_analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"campaigns/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"campaigns/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"campaigns/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns/{campaign_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"campaigns/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"campaigns/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"cancel_invites_or_requests\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/invites\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"catalogs/available_filter_values\":{\"method\":\"GET\",\"path\":\"/catalogs/available_filter_values\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs/create\":{\"method\":\"POST\",\"path\":\"/catalogs\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs/list\":{\"method\":\"GET\",\"path\":\"/catalogs\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs_local_inventory_items/post\":{\"method\":\"POST\",\"path\":\"/catalogs/{catalog_id}/local_inventory_items/query\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"catalogs_local_inventory_items_batch/operate\":{\"method\":\"POST\",\"path\":\"/catalogs/{catalog_id}/local_inventory_items/batch\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"disabled\"},\"catalogs_local_stores/create\":{\"method\":\"POST\",\"path\":\"/catalogs/{catalog_id}/local_stores\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"disabled\"},\"catalogs_local_stores/delete\":{\"method\":\"DELETE\",\"path\":\"/catalogs/{catalog_id}/local_stores\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"disabled\"},\"catalogs_local_stores/list\":{\"method\":\"GET\",\"path\":\"/catalogs/{catalog_id}/local_stores\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"catalogs_local_stores/update\":{\"method\":\"PATCH\",\"path\":\"/catalogs/{catalog_id}/local_stores\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"disabled\"},\"catalogs_product_group_pins/list\":{\"method\":\"GET\",\"path\":\"/catalogs/product_groups/{product_group_id}/products\",\"scopes\":[\"boards:read\",\"catalogs:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/create\":{\"method\":\"POST\",\"path\":\"/catalogs/product_groups\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/create_many\":{\"method\":\"POST\",\"path\":\"/catalogs/product_groups/multiple\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/delete\":{\"method\":\"DELETE\",\"path\":\"/catalogs/product_groups/{product_group_id}\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/delete_many\":{\"method\":\"DELETE\",\"path\":\"/catalogs/product_groups/multiple\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/get\":{\"method\":\"GET\",\"path\":\"/catalogs/product_groups/{product_group_id}\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/list\":{\"method\":\"GET\",\"path\":\"/catalogs/product_groups\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/product_counts_get\":{\"method\":\"GET\",\"path\":\"/catalogs/product_groups/{product_group_id}/product_counts\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"catalogs_product_groups/update\":{\"method\":\"PATCH\",\"path\":\"/catalogs/product_groups/{product_group_id}\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"catalogs_supplemental_items_batch/get\":{\"method\":\"GET\",\"path\":\"/catalogs/{catalog_id}/supplemental_items/batch/{batch_id}\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"conversion_deletion_request/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_deletion_requests\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"conversion_deletion_request/delete\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_deletion_requests/{request_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"conversion_deletion_request/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_deletion_requests/{request_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"conversion_deletion_request/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_deletion_requests\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"conversion_eqs/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_eqs\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"conversion_tags/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_tags\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"conversion_tags/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_tags/{conversion_tag_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"conversion_tags/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_tags\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"country_keywords_metrics/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/keywords/metrics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"create_asset_invites\":{\"method\":\"POST\",\"path\":\"/businesses/{business_id}/invites/assets/access\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"create_membership_or_partnership_invites\":{\"method\":\"POST\",\"path\":\"/businesses/{business_id}/invites\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_list_uploads/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_list_uploads/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"customer_list_uploads/run\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}/uploads/{customer_list_upload_id}/run\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_lists/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_lists/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"customer_lists/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"customer_lists/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/customer_lists/{customer_list_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_segment/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/customer_segments\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"customer_segment/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/customer_segments\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"customer_segment/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/customer_segments\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"delete_business_membership\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/members\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"delete_business_partners\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/partners\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"delete_partner_asset_access_handler_impl\":{\"method\":\"DELETE\",\"path\":\"/businesses/{business_id}/partners/assets\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"delivery_metrics/get\":{\"method\":\"GET\",\"path\":\"/resources/delivery_metrics\",\"scopes\":[\"ads:read\",\"pins:read\",\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"events/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/events\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\",\"conversion_token\"],\"rateLimitCategory\":\"ads_conversions\",\"sandbox\":\"disabled\"},\"feed_processing_results/list\":{\"method\":\"GET\",\"path\":\"/catalogs/feeds/{feed_id}/processing_results\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"feeds/create\":{\"method\":\"POST\",\"path\":\"/catalogs/feeds\",\"scopes\":[\"catalogs:read\",\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"feeds/delete\":{\"method\":\"DELETE\",\"path\":\"/catalogs/feeds/{feed_id}\",\"scopes\":[\"catalogs:read\",\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"feeds/get\":{\"method\":\"GET\",\"path\":\"/catalogs/feeds/{feed_id}\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"feeds/ingest\":{\"method\":\"POST\",\"path\":\"/catalogs/feeds/{feed_id}/ingest\",\"scopes\":[\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"feeds/list\":{\"method\":\"GET\",\"path\":\"/catalogs/feeds\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"feeds/update\":{\"method\":\"PATCH\",\"path\":\"/catalogs/feeds/{feed_id}\",\"scopes\":[\"catalogs:read\",\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"follow_user/update\":{\"method\":\"POST\",\"path\":\"/user_account/following/{username}\",\"scopes\":[\"user_accounts:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"followers/list\":{\"method\":\"GET\",\"path\":\"/user_account/followers\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"get/business_employers\":{\"method\":\"GET\",\"path\":\"/businesses/employers\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"get/business_members\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/members\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"get/business_partners\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/partners\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"get/invites\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/invites\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"get_ad_groups_by_promotion_ids/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/promotion_applied_entities\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"get_campaign_delivery_estimates\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/campaigns/delivery_estimates\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_estimates_read\",\"sandbox\":\"disabled\"},\"integrations/get_by_id\":{\"method\":\"GET\",\"path\":\"/integrations/{id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"integrations/get_list\":{\"method\":\"GET\",\"path\":\"/integrations\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"integrations_commerce/del\":{\"method\":\"DELETE\",\"path\":\"/integrations/commerce/{external_business_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"integrations_commerce/get\":{\"method\":\"GET\",\"path\":\"/integrations/commerce/{external_business_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"integrations_commerce/patch\":{\"method\":\"PATCH\",\"path\":\"/integrations/commerce/{external_business_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"integrations_commerce/post\":{\"method\":\"POST\",\"path\":\"/integrations/commerce\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"integrations_logs/post\":{\"method\":\"POST\",\"path\":\"/integrations/logs\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"interest_targeting_options/get\":{\"method\":\"GET\",\"path\":\"/resources/targeting/interests/{interest_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"items/post\":{\"method\":\"POST\",\"path\":\"/catalogs/items\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"items_batch/get\":{\"method\":\"GET\",\"path\":\"/catalogs/items/batch/{batch_id}\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"items_batch/post\":{\"method\":\"POST\",\"path\":\"/catalogs/items/batch\",\"scopes\":[\"catalogs:read\",\"catalogs:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"catalogs_write\",\"sandbox\":\"enabled\"},\"items_issues/list\":{\"method\":\"GET\",\"path\":\"/catalogs/processing_results/{processing_result_id}/item_issues\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"keywords/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/keywords\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"keywords/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/keywords\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"keywords/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/keywords\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"labels/apply\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/labels/{label_id}/apply\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"labels/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/labels\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"labels/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/labels\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"labels/remove\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/labels/{label_id}/remove\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"labels/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/labels\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"lead_form/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"lead_form_questions/get\":{\"method\":\"GET\",\"path\":\"/resources/lead_form_questions\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"lead_form_test/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/lead_forms/{lead_form_id}/test\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"lead_forms/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/lead_forms\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"lead_forms/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/lead_forms\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"lead_forms/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/lead_forms\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"leads_export/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/leads_export\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"leads_export/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/leads_export/{leads_export_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"linked_business_accounts/get\":{\"method\":\"GET\",\"path\":\"/user_account/businesses\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"media/create\":{\"method\":\"POST\",\"path\":\"/media\",\"scopes\":[\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"media/get\":{\"method\":\"GET\",\"path\":\"/media/{media_id}\",\"scopes\":[\"pins:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"media/list\":{\"method\":\"GET\",\"path\":\"/media\",\"scopes\":[\"pins:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"metrics_ready_state/get\":{\"method\":\"GET\",\"path\":\"/resources/metrics_ready_state\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"enabled\"},\"msot_events/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/msot/events\",\"scopes\":[\"msot:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"msot_write\",\"sandbox\":\"disabled\"},\"multi_pins/analytics\":{\"method\":\"GET\",\"path\":\"/pins/analytics\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_analytics\",\"sandbox\":\"disabled\"},\"notification/post\":{\"method\":\"POST\",\"path\":\"/notifications\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"oauth/conversion_token\":{\"method\":\"POST\",\"path\":\"/oauth/conversion_token\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"oauth/token\":{\"method\":\"POST\",\"path\":\"/oauth/token\",\"scopes\":[],\"auth\":[\"basic\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"ocpm_eligible_conversion_tags/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_tags/ocpm_eligible\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"order_lines/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/order_lines/{order_line_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"order_lines/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/order_lines\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"page_visit_conversion_tags/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/conversion_tags/page_visit\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"pins/analytics\":{\"method\":\"GET\",\"path\":\"/pins/{pin_id}/analytics\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_analytics\",\"sandbox\":\"disabled\"},\"pins/create\":{\"method\":\"POST\",\"path\":\"/pins\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"pins/delete\":{\"method\":\"DELETE\",\"path\":\"/pins/{pin_id}\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"pins/get\":{\"method\":\"GET\",\"path\":\"/pins/{pin_id}\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"pins/list\":{\"method\":\"GET\",\"path\":\"/pins\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"pins/save\":{\"method\":\"POST\",\"path\":\"/pins/{pin_id}/save\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"pins/update\":{\"method\":\"PATCH\",\"path\":\"/pins/{pin_id}\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"product_group_promotions/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/product_group_promotions\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"product_group_promotions/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/product_group_promotions/{product_group_promotion_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"product_group_promotions/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/product_group_promotions\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"product_group_promotions/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/product_group_promotions\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"product_groups/analytics\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/product_groups/analytics\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_analytics\",\"sandbox\":\"disabled\"},\"product_tags/bulk_add\":{\"method\":\"POST\",\"path\":\"/pins/{pin_id}/product_tags\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"disabled\"},\"product_tags/bulk_delete\":{\"method\":\"POST\",\"path\":\"/pins/{pin_id}/product_tags/bulk-delete\",\"scopes\":[\"boards:read\",\"boards:write\",\"pins:read\",\"pins:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"disabled\"},\"product_tags/list\":{\"method\":\"GET\",\"path\":\"/pins/{pin_id}/product_tags\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"products_by_product_group_filter/list\":{\"method\":\"POST\",\"path\":\"/catalogs/products/get_by_product_group_filters\",\"scopes\":[\"boards:read\",\"catalogs:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"enabled\"},\"promotions/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/promotions\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"promotions/delete\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/promotions/{promotion_id}\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"promotions/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/promotions/{promotion_id}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"promotions/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/promotions\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"promotions/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/promotions\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"reports/create\":{\"method\":\"POST\",\"path\":\"/catalogs/reports\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"reports/get\":{\"method\":\"GET\",\"path\":\"/catalogs/reports\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"reports/stats\":{\"method\":\"GET\",\"path\":\"/catalogs/reports/stats\",\"scopes\":[\"catalogs:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"catalogs_read\",\"sandbox\":\"disabled\"},\"respond_business_access_invites\":{\"method\":\"PATCH\",\"path\":\"/businesses/invites\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"sandbox/delete\":{\"method\":\"DELETE\",\"path\":\"/ad_accounts/{ad_account_id}/sandbox\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"schedules/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/schedules\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"schedules/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/schedules\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"schedules/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/schedules\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"search_partner_pins\":{\"method\":\"GET\",\"path\":\"/search/partner/pins\",\"scopes\":[\"boards:read\",\"pins:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"search_user_boards/get\":{\"method\":\"GET\",\"path\":\"/search/boards\",\"scopes\":[\"boards:read\",\"boards:read_secret\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"search_user_pins/list\":{\"method\":\"GET\",\"path\":\"/search/pins\",\"scopes\":[\"boards:read\",\"boards:read_secret\",\"pins:read\",\"pins:read_secret\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"shared_audiences_for_business/list\":{\"method\":\"GET\",\"path\":\"/businesses/{business_id}/audiences\",\"scopes\":[\"biz_access:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"ssio_accounts/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/accounts\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ssio_insertion_order/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/insertion_orders\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ssio_insertion_order/edit\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/insertion_orders\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"ssio_insertion_orders_status/get_by_ad_account\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/insertion_orders/status\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ssio_insertion_orders_status/get_by_pin_order_id\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/insertion_orders/{pin_order_id}/status\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"ssio_order_lines/get_by_ad_account\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/ssio/order_lines\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"system_user/update\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/system_users/{system_user_id}\",\"scopes\":[\"biz_access:read\",\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"targeting_options/get\":{\"method\":\"GET\",\"path\":\"/resources/targeting/{targeting_type}\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"targeting_template/create\":{\"method\":\"POST\",\"path\":\"/ad_accounts/{ad_account_id}/targeting_templates\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"targeting_template/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/targeting_templates\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"disabled\"},\"targeting_template/update\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/targeting_templates\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"enabled\"},\"templates/list\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/templates\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"terms_of_service/get\":{\"method\":\"GET\",\"path\":\"/ad_accounts/{ad_account_id}/terms_of_service\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"terms_related/list\":{\"method\":\"GET\",\"path\":\"/terms/related\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"terms_suggested/list\":{\"method\":\"GET\",\"path\":\"/terms/suggested\",\"scopes\":[\"ads:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_read\",\"sandbox\":\"enabled\"},\"token/revoke\":{\"method\":\"POST\",\"path\":\"/oauth/token/revoke\",\"scopes\":[],\"auth\":[\"basic\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"enabled\"},\"trending_keywords/list\":{\"method\":\"GET\",\"path\":\"/trends/keywords/{region}/top/{trend_type}\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"trends_read\",\"sandbox\":\"enabled\"},\"trends_editorial_articles/list\":{\"method\":\"GET\",\"path\":\"/trends/editorial_articles\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"trends_read\",\"sandbox\":\"disabled\"},\"trends_featured_topics/list\":{\"method\":\"GET\",\"path\":\"/trends/topics/featured\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"trends_read\",\"sandbox\":\"disabled\"},\"trends_product_categories_details/list\":{\"method\":\"GET\",\"path\":\"/trends/product_categories/details\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"trends_read\",\"sandbox\":\"disabled\"},\"trends_product_categories_trending/list\":{\"method\":\"GET\",\"path\":\"/trends/product_categories/trending\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"trends_read\",\"sandbox\":\"disabled\"},\"unverify_website/delete\":{\"method\":\"DELETE\",\"path\":\"/user_account/websites\",\"scopes\":[\"user_accounts:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"disabled\"},\"update/business_memberships\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/members\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"update_ad_account_to_ad_account_shared_audience\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/audiences/ad_accounts/shared\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"update_ad_account_to_business_shared_audience\":{\"method\":\"PATCH\",\"path\":\"/ad_accounts/{ad_account_id}/audiences/businesses/shared\",\"scopes\":[\"ads:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"update_business_to_ad_account_shared_audience\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/audiences/ad_accounts/shared\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"update_business_to_business_shared_audience\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/audiences/businesses/shared\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"update_partner_asset_access_handler_impl\":{\"method\":\"PATCH\",\"path\":\"/businesses/{business_id}/partners/assets\",\"scopes\":[\"biz_access:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"ads_write\",\"sandbox\":\"disabled\"},\"user_account/analytics\":{\"method\":\"GET\",\"path\":\"/user_account/analytics\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_analytics\",\"sandbox\":\"disabled\"},\"user_account/analytics/top_pins\":{\"method\":\"GET\",\"path\":\"/user_account/analytics/top_pins\",\"scopes\":[\"pins:read\",\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_analytics\",\"sandbox\":\"disabled\"},\"user_account/analytics/top_video_pins\":{\"method\":\"GET\",\"path\":\"/user_account/analytics/top_video_pins\",\"scopes\":[\"pins:read\",\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_analytics\",\"sandbox\":\"disabled\"},\"user_account/followed_interests\":{\"method\":\"GET\",\"path\":\"/users/{username}/interests/follow\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"user_account/get\":{\"method\":\"GET\",\"path\":\"/user_account\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"enabled\"},\"user_following/get\":{\"method\":\"GET\",\"path\":\"/user_account/following\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"user_websites/get\":{\"method\":\"GET\",\"path\":\"/user_account/websites\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"},\"verify_website/update\":{\"method\":\"POST\",\"path\":\"/user_account/websites\",\"scopes\":[\"user_accounts:write\"],\"auth\":[\"pinterest_oauth2\"],\"rateLimitCategory\":\"org_write\",\"sandbox\":\"disabled\"},\"website_verification/get\":{\"method\":\"GET\",\"path\":\"/user_account/websites/verification\",\"scopes\":[\"user_accounts:read\"],\"auth\":[\"pinterest_oauth2\",\"client_credentials\"],\"rateLimitCategory\":\"org_read\",\"sandbox\":\"disabled\"}}");
