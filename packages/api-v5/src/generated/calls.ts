// Derived from Pinterest API 5.28.0 (its official OpenAPI description) by scripts/gen.mjs; do not edit.
import type { V5CallInput } from '../call-input.js';

/** `T`, checked to be a `Shape` where the table is written (what `satisfies` does for a literal). */
type Checked<T extends Shape, Shape> = T;

/** Every v5 operation as a client call, by area and name: `client.itemsBatch.post` calls `items_batch/post`. */
export const V5_CALLS: {
  readonly "adAccount": {
    readonly "analytics": "ad_account/analytics";
  };
  readonly "adAccountCountries": {
    readonly "get": "ad_account_countries/get";
  };
  readonly "adAccountTargetingAnalytics": {
    readonly "get": "ad_account_targeting_analytics/get";
  };
  readonly "adAccounts": {
    readonly "create": "ad_accounts/create";
    readonly "get": "ad_accounts/get";
    readonly "getCampaignDeliveryEstimates": "get_campaign_delivery_estimates";
    readonly "list": "ad_accounts/list";
    readonly "updateAdAccountToAdAccountSharedAudience": "update_ad_account_to_ad_account_shared_audience";
    readonly "updateAdAccountToBusinessSharedAudience": "update_ad_account_to_business_shared_audience";
  };
  readonly "adAccountsAudiencesSharedAccounts": {
    readonly "list": "ad_accounts_audiences_shared_accounts/list";
  };
  readonly "adAccountsSubscriptions": {
    readonly "delById": "ad_accounts_subscriptions/del_by_id";
    readonly "getById": "ad_accounts_subscriptions/get_by_id";
    readonly "getList": "ad_accounts_subscriptions/get_list";
    readonly "post": "ad_accounts_subscriptions/post";
  };
  readonly "adGroups": {
    readonly "analytics": "ad_groups/analytics";
    readonly "audienceSizing": "ad_groups/audience_sizing";
    readonly "create": "ad_groups/create";
    readonly "get": "ad_groups/get";
    readonly "list": "ad_groups/list";
    readonly "update": "ad_groups/update";
  };
  readonly "adGroupsBidFloor": {
    readonly "get": "ad_groups_bid_floor/get";
  };
  readonly "adGroupsDynamicTitles": {
    readonly "downloadCsv": "ad_groups_dynamic_titles/download_csv";
    readonly "getStatus": "ad_groups_dynamic_titles/get_status";
    readonly "getUploadUrl": "ad_groups_dynamic_titles/get_upload_url";
    readonly "processCsv": "ad_groups_dynamic_titles/process_csv";
  };
  readonly "adGroupsTargetingAnalytics": {
    readonly "get": "ad_groups_targeting_analytics/get";
  };
  readonly "adPins": {
    readonly "analytics": "ad_pins/analytics";
  };
  readonly "adPreviews": {
    readonly "create": "ad_previews/create";
  };
  readonly "adTargetingAnalytics": {
    readonly "get": "ad_targeting_analytics/get";
  };
  readonly "ads": {
    readonly "analytics": "ads/analytics";
    readonly "create": "ads/create";
    readonly "get": "ads/get";
    readonly "list": "ads/list";
    readonly "update": "ads/update";
  };
  readonly "adsCredit": {
    readonly "redeem": "ads_credit/redeem";
  };
  readonly "adsCreditsDiscounts": {
    readonly "get": "ads_credits_discounts/get";
  };
  readonly "advancedAuctionItemsGet": {
    readonly "post": "advanced_auction_items_get/post";
  };
  readonly "advancedAuctionItemsSubmit": {
    readonly "post": "advanced_auction_items_submit/post";
  };
  readonly "advertiserDefinedEvents": {
    readonly "create": "advertiser_defined_events/create";
    readonly "delete": "advertiser_defined_events/delete";
    readonly "get": "advertiser_defined_events/get";
    readonly "update": "advertiser_defined_events/update";
  };
  readonly "analytics": {
    readonly "createConversionProductReport": "analytics/create_conversion_product_report";
    readonly "createMmmReport": "analytics/create_mmm_report";
    readonly "createReport": "analytics/create_report";
    readonly "createTemplateReport": "analytics/create_template_report";
    readonly "getConversionProductReport": "analytics/get_conversion_product_report";
    readonly "getMmmReport": "analytics/get_mmm_report";
    readonly "getReport": "analytics/get_report";
  };
  readonly "assetAccessRequests": {
    readonly "create": "asset_access_requests/create";
  };
  readonly "assetGroup": {
    readonly "create": "asset_group/create";
    readonly "delete": "asset_group/delete";
    readonly "update": "asset_group/update";
  };
  readonly "audienceInsights": {
    readonly "get": "audience_insights/get";
  };
  readonly "audienceInsightsScopeAndType": {
    readonly "get": "audience_insights_scope_and_type/get";
  };
  readonly "audiences": {
    readonly "create": "audiences/create";
    readonly "get": "audiences/get";
    readonly "list": "audiences/list";
    readonly "update": "audiences/update";
  };
  readonly "billingInvoiceDownload": {
    readonly "get": "billing_invoice_download/get";
  };
  readonly "billingInvoices": {
    readonly "get": "billing_invoices/get";
  };
  readonly "billingProfiles": {
    readonly "get": "billing_profiles/get";
  };
  readonly "boardSections": {
    readonly "create": "board_sections/create";
    readonly "delete": "board_sections/delete";
    readonly "list": "board_sections/list";
    readonly "listPins": "board_sections/list_pins";
    readonly "update": "board_sections/update";
  };
  readonly "boards": {
    readonly "create": "boards/create";
    readonly "delete": "boards/delete";
    readonly "get": "boards/get";
    readonly "list": "boards/list";
    readonly "listPins": "boards/list_pins";
    readonly "update": "boards/update";
  };
  readonly "boardsUserFollows": {
    readonly "list": "boards_user_follows/list";
  };
  readonly "brandAccounts": {
    readonly "create": "brand_accounts/create";
    readonly "update": "brand_accounts/update";
  };
  readonly "bulkDownload": {
    readonly "create": "bulk_download/create";
  };
  readonly "bulkRequest": {
    readonly "get": "bulk_request/get";
  };
  readonly "bulkUpsert": {
    readonly "create": "bulk_upsert/create";
  };
  readonly "businessAccountAudiencesSharedAccounts": {
    readonly "list": "business_account_audiences_shared_accounts/list";
  };
  readonly "businessAssetMembers": {
    readonly "get": "business_asset_members/get";
  };
  readonly "businessAssetPartners": {
    readonly "get": "business_asset_partners/get";
  };
  readonly "businessAssets": {
    readonly "get": "business_assets/get";
  };
  readonly "businessMemberAssets": {
    readonly "get": "business_member_assets/get";
  };
  readonly "businessMembersAssetAccess": {
    readonly "delete": "business_members_asset_access/delete";
    readonly "update": "business_members_asset_access/update";
  };
  readonly "businessPartnerAssetAccess": {
    readonly "get": "business_partner_asset_access/get";
  };
  readonly "businesses": {
    readonly "cancelInvitesOrRequests": "cancel_invites_or_requests";
    readonly "createAssetInvites": "create_asset_invites";
    readonly "createMembershipOrPartnershipInvites": "create_membership_or_partnership_invites";
    readonly "deleteBusinessMembership": "delete_business_membership";
    readonly "deleteBusinessPartners": "delete_business_partners";
    readonly "deletePartnerAssetAccessHandlerImpl": "delete_partner_asset_access_handler_impl";
    readonly "respondBusinessAccessInvites": "respond_business_access_invites";
    readonly "updateBusinessToAdAccountSharedAudience": "update_business_to_ad_account_shared_audience";
    readonly "updateBusinessToBusinessSharedAudience": "update_business_to_business_shared_audience";
    readonly "updatePartnerAssetAccessHandlerImpl": "update_partner_asset_access_handler_impl";
  };
  readonly "campaignAdPreview": {
    readonly "create": "campaign_ad_preview/create";
    readonly "delete": "campaign_ad_preview/delete";
    readonly "read": "campaign_ad_preview/read";
  };
  readonly "campaignTargetingAnalytics": {
    readonly "get": "campaign_targeting_analytics/get";
  };
  readonly "campaigns": {
    readonly "analytics": "campaigns/analytics";
    readonly "create": "campaigns/create";
    readonly "get": "campaigns/get";
    readonly "list": "campaigns/list";
    readonly "update": "campaigns/update";
  };
  readonly "catalogs": {
    readonly "availableFilterValues": "catalogs/available_filter_values";
    readonly "create": "catalogs/create";
    readonly "list": "catalogs/list";
  };
  readonly "catalogsLocalInventoryItems": {
    readonly "post": "catalogs_local_inventory_items/post";
  };
  readonly "catalogsLocalInventoryItemsBatch": {
    readonly "operate": "catalogs_local_inventory_items_batch/operate";
  };
  readonly "catalogsLocalStores": {
    readonly "create": "catalogs_local_stores/create";
    readonly "delete": "catalogs_local_stores/delete";
    readonly "list": "catalogs_local_stores/list";
    readonly "update": "catalogs_local_stores/update";
  };
  readonly "catalogsProductGroupPins": {
    readonly "list": "catalogs_product_group_pins/list";
  };
  readonly "catalogsProductGroups": {
    readonly "create": "catalogs_product_groups/create";
    readonly "createMany": "catalogs_product_groups/create_many";
    readonly "delete": "catalogs_product_groups/delete";
    readonly "deleteMany": "catalogs_product_groups/delete_many";
    readonly "get": "catalogs_product_groups/get";
    readonly "list": "catalogs_product_groups/list";
    readonly "productCountsGet": "catalogs_product_groups/product_counts_get";
    readonly "update": "catalogs_product_groups/update";
  };
  readonly "catalogsReports": {
    readonly "create": "reports/create";
    readonly "get": "reports/get";
    readonly "stats": "reports/stats";
  };
  readonly "catalogsSupplementalItemsBatch": {
    readonly "get": "catalogs_supplemental_items_batch/get";
  };
  readonly "conversionDeletionRequest": {
    readonly "create": "conversion_deletion_request/create";
    readonly "delete": "conversion_deletion_request/delete";
    readonly "get": "conversion_deletion_request/get";
    readonly "list": "conversion_deletion_request/list";
  };
  readonly "conversionEqs": {
    readonly "list": "conversion_eqs/list";
  };
  readonly "conversionTags": {
    readonly "create": "conversion_tags/create";
    readonly "get": "conversion_tags/get";
    readonly "list": "conversion_tags/list";
  };
  readonly "countryKeywordsMetrics": {
    readonly "get": "country_keywords_metrics/get";
  };
  readonly "customerListUploads": {
    readonly "create": "customer_list_uploads/create";
    readonly "get": "customer_list_uploads/get";
    readonly "run": "customer_list_uploads/run";
  };
  readonly "customerLists": {
    readonly "create": "customer_lists/create";
    readonly "get": "customer_lists/get";
    readonly "list": "customer_lists/list";
    readonly "update": "customer_lists/update";
  };
  readonly "customerSegment": {
    readonly "create": "customer_segment/create";
    readonly "list": "customer_segment/list";
    readonly "update": "customer_segment/update";
  };
  readonly "deliveryMetrics": {
    readonly "get": "delivery_metrics/get";
  };
  readonly "events": {
    readonly "create": "events/create";
  };
  readonly "feedProcessingResults": {
    readonly "list": "feed_processing_results/list";
  };
  readonly "feeds": {
    readonly "create": "feeds/create";
    readonly "delete": "feeds/delete";
    readonly "get": "feeds/get";
    readonly "ingest": "feeds/ingest";
    readonly "list": "feeds/list";
    readonly "update": "feeds/update";
  };
  readonly "followUser": {
    readonly "update": "follow_user/update";
  };
  readonly "followers": {
    readonly "list": "followers/list";
  };
  readonly "get": {
    readonly "businessEmployers": "get/business_employers";
    readonly "businessMembers": "get/business_members";
    readonly "businessPartners": "get/business_partners";
    readonly "invites": "get/invites";
  };
  readonly "getAdGroupsByPromotionIds": {
    readonly "list": "get_ad_groups_by_promotion_ids/list";
  };
  readonly "integrations": {
    readonly "getById": "integrations/get_by_id";
    readonly "getList": "integrations/get_list";
  };
  readonly "integrationsCommerce": {
    readonly "del": "integrations_commerce/del";
    readonly "get": "integrations_commerce/get";
    readonly "patch": "integrations_commerce/patch";
    readonly "post": "integrations_commerce/post";
  };
  readonly "integrationsLogs": {
    readonly "post": "integrations_logs/post";
  };
  readonly "interestTargetingOptions": {
    readonly "get": "interest_targeting_options/get";
  };
  readonly "items": {
    readonly "post": "items/post";
  };
  readonly "itemsBatch": {
    readonly "get": "items_batch/get";
    readonly "post": "items_batch/post";
  };
  readonly "itemsIssues": {
    readonly "list": "items_issues/list";
  };
  readonly "keywords": {
    readonly "create": "keywords/create";
    readonly "get": "keywords/get";
    readonly "update": "keywords/update";
  };
  readonly "labels": {
    readonly "apply": "labels/apply";
    readonly "create": "labels/create";
    readonly "list": "labels/list";
    readonly "remove": "labels/remove";
    readonly "update": "labels/update";
  };
  readonly "leadForm": {
    readonly "get": "lead_form/get";
  };
  readonly "leadFormQuestions": {
    readonly "get": "lead_form_questions/get";
  };
  readonly "leadFormTest": {
    readonly "create": "lead_form_test/create";
  };
  readonly "leadForms": {
    readonly "create": "lead_forms/create";
    readonly "list": "lead_forms/list";
    readonly "update": "lead_forms/update";
  };
  readonly "leadsExport": {
    readonly "create": "leads_export/create";
    readonly "get": "leads_export/get";
  };
  readonly "linkedBusinessAccounts": {
    readonly "get": "linked_business_accounts/get";
  };
  readonly "media": {
    readonly "create": "media/create";
    readonly "get": "media/get";
    readonly "list": "media/list";
  };
  readonly "metricsReadyState": {
    readonly "get": "metrics_ready_state/get";
  };
  readonly "msotEvents": {
    readonly "create": "msot_events/create";
  };
  readonly "multiPins": {
    readonly "analytics": "multi_pins/analytics";
  };
  readonly "notification": {
    readonly "post": "notification/post";
  };
  readonly "oauth": {
    readonly "conversionToken": "oauth/conversion_token";
    readonly "token": "oauth/token";
  };
  readonly "ocpmEligibleConversionTags": {
    readonly "get": "ocpm_eligible_conversion_tags/get";
  };
  readonly "orderLines": {
    readonly "get": "order_lines/get";
    readonly "list": "order_lines/list";
  };
  readonly "pageVisitConversionTags": {
    readonly "get": "page_visit_conversion_tags/get";
  };
  readonly "pins": {
    readonly "analytics": "pins/analytics";
    readonly "create": "pins/create";
    readonly "delete": "pins/delete";
    readonly "get": "pins/get";
    readonly "list": "pins/list";
    readonly "save": "pins/save";
    readonly "update": "pins/update";
  };
  readonly "productGroupPromotions": {
    readonly "create": "product_group_promotions/create";
    readonly "get": "product_group_promotions/get";
    readonly "list": "product_group_promotions/list";
    readonly "update": "product_group_promotions/update";
  };
  readonly "productGroups": {
    readonly "analytics": "product_groups/analytics";
  };
  readonly "productTags": {
    readonly "bulkAdd": "product_tags/bulk_add";
    readonly "bulkDelete": "product_tags/bulk_delete";
    readonly "list": "product_tags/list";
  };
  readonly "productsByProductGroupFilter": {
    readonly "list": "products_by_product_group_filter/list";
  };
  readonly "promotions": {
    readonly "create": "promotions/create";
    readonly "delete": "promotions/delete";
    readonly "get": "promotions/get";
    readonly "list": "promotions/list";
    readonly "update": "promotions/update";
  };
  readonly "sandbox": {
    readonly "delete": "sandbox/delete";
  };
  readonly "schedules": {
    readonly "create": "schedules/create";
    readonly "list": "schedules/list";
    readonly "update": "schedules/update";
  };
  readonly "search": {
    readonly "searchPartnerPins": "search_partner_pins";
  };
  readonly "searchUserBoards": {
    readonly "get": "search_user_boards/get";
  };
  readonly "searchUserPins": {
    readonly "list": "search_user_pins/list";
  };
  readonly "sharedAudiencesForBusiness": {
    readonly "list": "shared_audiences_for_business/list";
  };
  readonly "ssioAccounts": {
    readonly "get": "ssio_accounts/get";
  };
  readonly "ssioInsertionOrder": {
    readonly "create": "ssio_insertion_order/create";
    readonly "edit": "ssio_insertion_order/edit";
  };
  readonly "ssioInsertionOrdersStatus": {
    readonly "getByAdAccount": "ssio_insertion_orders_status/get_by_ad_account";
    readonly "getByPinOrderId": "ssio_insertion_orders_status/get_by_pin_order_id";
  };
  readonly "ssioOrderLines": {
    readonly "getByAdAccount": "ssio_order_lines/get_by_ad_account";
  };
  readonly "systemUser": {
    readonly "update": "system_user/update";
  };
  readonly "targetingOptions": {
    readonly "get": "targeting_options/get";
  };
  readonly "targetingTemplate": {
    readonly "create": "targeting_template/create";
    readonly "list": "targeting_template/list";
    readonly "update": "targeting_template/update";
  };
  readonly "templates": {
    readonly "list": "templates/list";
  };
  readonly "termsOfService": {
    readonly "get": "terms_of_service/get";
  };
  readonly "termsRelated": {
    readonly "list": "terms_related/list";
  };
  readonly "termsSuggested": {
    readonly "list": "terms_suggested/list";
  };
  readonly "token": {
    readonly "revoke": "token/revoke";
  };
  readonly "trendingKeywords": {
    readonly "list": "trending_keywords/list";
  };
  readonly "trendsEditorialArticles": {
    readonly "list": "trends_editorial_articles/list";
  };
  readonly "trendsFeaturedTopics": {
    readonly "list": "trends_featured_topics/list";
  };
  readonly "trendsProductCategoriesDetails": {
    readonly "list": "trends_product_categories_details/list";
  };
  readonly "trendsProductCategoriesTrending": {
    readonly "list": "trends_product_categories_trending/list";
  };
  readonly "unverifyWebsite": {
    readonly "delete": "unverify_website/delete";
  };
  readonly "update": {
    readonly "businessMemberships": "update/business_memberships";
  };
  readonly "userAccount": {
    readonly "analytics": "user_account/analytics";
    readonly "analyticsTopPins": "user_account/analytics/top_pins";
    readonly "analyticsTopVideoPins": "user_account/analytics/top_video_pins";
    readonly "followedInterests": "user_account/followed_interests";
    readonly "get": "user_account/get";
  };
  readonly "userFollowing": {
    readonly "get": "user_following/get";
  };
  readonly "userWebsites": {
    readonly "get": "user_websites/get";
  };
  readonly "verifyWebsite": {
    readonly "update": "verify_website/update";
  };
  readonly "websiteVerification": {
    readonly "get": "website_verification/get";
  };
} = JSON.parse("{\"adAccount\":{\"analytics\":\"ad_account/analytics\"},\"adAccountCountries\":{\"get\":\"ad_account_countries/get\"},\"adAccountTargetingAnalytics\":{\"get\":\"ad_account_targeting_analytics/get\"},\"adAccounts\":{\"create\":\"ad_accounts/create\",\"get\":\"ad_accounts/get\",\"getCampaignDeliveryEstimates\":\"get_campaign_delivery_estimates\",\"list\":\"ad_accounts/list\",\"updateAdAccountToAdAccountSharedAudience\":\"update_ad_account_to_ad_account_shared_audience\",\"updateAdAccountToBusinessSharedAudience\":\"update_ad_account_to_business_shared_audience\"},\"adAccountsAudiencesSharedAccounts\":{\"list\":\"ad_accounts_audiences_shared_accounts/list\"},\"adAccountsSubscriptions\":{\"delById\":\"ad_accounts_subscriptions/del_by_id\",\"getById\":\"ad_accounts_subscriptions/get_by_id\",\"getList\":\"ad_accounts_subscriptions/get_list\",\"post\":\"ad_accounts_subscriptions/post\"},\"adGroups\":{\"analytics\":\"ad_groups/analytics\",\"audienceSizing\":\"ad_groups/audience_sizing\",\"create\":\"ad_groups/create\",\"get\":\"ad_groups/get\",\"list\":\"ad_groups/list\",\"update\":\"ad_groups/update\"},\"adGroupsBidFloor\":{\"get\":\"ad_groups_bid_floor/get\"},\"adGroupsDynamicTitles\":{\"downloadCsv\":\"ad_groups_dynamic_titles/download_csv\",\"getStatus\":\"ad_groups_dynamic_titles/get_status\",\"getUploadUrl\":\"ad_groups_dynamic_titles/get_upload_url\",\"processCsv\":\"ad_groups_dynamic_titles/process_csv\"},\"adGroupsTargetingAnalytics\":{\"get\":\"ad_groups_targeting_analytics/get\"},\"adPins\":{\"analytics\":\"ad_pins/analytics\"},\"adPreviews\":{\"create\":\"ad_previews/create\"},\"adTargetingAnalytics\":{\"get\":\"ad_targeting_analytics/get\"},\"ads\":{\"analytics\":\"ads/analytics\",\"create\":\"ads/create\",\"get\":\"ads/get\",\"list\":\"ads/list\",\"update\":\"ads/update\"},\"adsCredit\":{\"redeem\":\"ads_credit/redeem\"},\"adsCreditsDiscounts\":{\"get\":\"ads_credits_discounts/get\"},\"advancedAuctionItemsGet\":{\"post\":\"advanced_auction_items_get/post\"},\"advancedAuctionItemsSubmit\":{\"post\":\"advanced_auction_items_submit/post\"},\"advertiserDefinedEvents\":{\"create\":\"advertiser_defined_events/create\",\"delete\":\"advertiser_defined_events/delete\",\"get\":\"advertiser_defined_events/get\",\"update\":\"advertiser_defined_events/update\"},\"analytics\":{\"createConversionProductReport\":\"analytics/create_conversion_product_report\",\"createMmmReport\":\"analytics/create_mmm_report\",\"createReport\":\"analytics/create_report\",\"createTemplateReport\":\"analytics/create_template_report\",\"getConversionProductReport\":\"analytics/get_conversion_product_report\",\"getMmmReport\":\"analytics/get_mmm_report\",\"getReport\":\"analytics/get_report\"},\"assetAccessRequests\":{\"create\":\"asset_access_requests/create\"},\"assetGroup\":{\"create\":\"asset_group/create\",\"delete\":\"asset_group/delete\",\"update\":\"asset_group/update\"},\"audienceInsights\":{\"get\":\"audience_insights/get\"},\"audienceInsightsScopeAndType\":{\"get\":\"audience_insights_scope_and_type/get\"},\"audiences\":{\"create\":\"audiences/create\",\"get\":\"audiences/get\",\"list\":\"audiences/list\",\"update\":\"audiences/update\"},\"billingInvoiceDownload\":{\"get\":\"billing_invoice_download/get\"},\"billingInvoices\":{\"get\":\"billing_invoices/get\"},\"billingProfiles\":{\"get\":\"billing_profiles/get\"},\"boardSections\":{\"create\":\"board_sections/create\",\"delete\":\"board_sections/delete\",\"list\":\"board_sections/list\",\"listPins\":\"board_sections/list_pins\",\"update\":\"board_sections/update\"},\"boards\":{\"create\":\"boards/create\",\"delete\":\"boards/delete\",\"get\":\"boards/get\",\"list\":\"boards/list\",\"listPins\":\"boards/list_pins\",\"update\":\"boards/update\"},\"boardsUserFollows\":{\"list\":\"boards_user_follows/list\"},\"brandAccounts\":{\"create\":\"brand_accounts/create\",\"update\":\"brand_accounts/update\"},\"bulkDownload\":{\"create\":\"bulk_download/create\"},\"bulkRequest\":{\"get\":\"bulk_request/get\"},\"bulkUpsert\":{\"create\":\"bulk_upsert/create\"},\"businessAccountAudiencesSharedAccounts\":{\"list\":\"business_account_audiences_shared_accounts/list\"},\"businessAssetMembers\":{\"get\":\"business_asset_members/get\"},\"businessAssetPartners\":{\"get\":\"business_asset_partners/get\"},\"businessAssets\":{\"get\":\"business_assets/get\"},\"businessMemberAssets\":{\"get\":\"business_member_assets/get\"},\"businessMembersAssetAccess\":{\"delete\":\"business_members_asset_access/delete\",\"update\":\"business_members_asset_access/update\"},\"businessPartnerAssetAccess\":{\"get\":\"business_partner_asset_access/get\"},\"businesses\":{\"cancelInvitesOrRequests\":\"cancel_invites_or_requests\",\"createAssetInvites\":\"create_asset_invites\",\"createMembershipOrPartnershipInvites\":\"create_membership_or_partnership_invites\",\"deleteBusinessMembership\":\"delete_business_membership\",\"deleteBusinessPartners\":\"delete_business_partners\",\"deletePartnerAssetAccessHandlerImpl\":\"delete_partner_asset_access_handler_impl\",\"respondBusinessAccessInvites\":\"respond_business_access_invites\",\"updateBusinessToAdAccountSharedAudience\":\"update_business_to_ad_account_shared_audience\",\"updateBusinessToBusinessSharedAudience\":\"update_business_to_business_shared_audience\",\"updatePartnerAssetAccessHandlerImpl\":\"update_partner_asset_access_handler_impl\"},\"campaignAdPreview\":{\"create\":\"campaign_ad_preview/create\",\"delete\":\"campaign_ad_preview/delete\",\"read\":\"campaign_ad_preview/read\"},\"campaignTargetingAnalytics\":{\"get\":\"campaign_targeting_analytics/get\"},\"campaigns\":{\"analytics\":\"campaigns/analytics\",\"create\":\"campaigns/create\",\"get\":\"campaigns/get\",\"list\":\"campaigns/list\",\"update\":\"campaigns/update\"},\"catalogs\":{\"availableFilterValues\":\"catalogs/available_filter_values\",\"create\":\"catalogs/create\",\"list\":\"catalogs/list\"},\"catalogsLocalInventoryItems\":{\"post\":\"catalogs_local_inventory_items/post\"},\"catalogsLocalInventoryItemsBatch\":{\"operate\":\"catalogs_local_inventory_items_batch/operate\"},\"catalogsLocalStores\":{\"create\":\"catalogs_local_stores/create\",\"delete\":\"catalogs_local_stores/delete\",\"list\":\"catalogs_local_stores/list\",\"update\":\"catalogs_local_stores/update\"},\"catalogsProductGroupPins\":{\"list\":\"catalogs_product_group_pins/list\"},\"catalogsProductGroups\":{\"create\":\"catalogs_product_groups/create\",\"createMany\":\"catalogs_product_groups/create_many\",\"delete\":\"catalogs_product_groups/delete\",\"deleteMany\":\"catalogs_product_groups/delete_many\",\"get\":\"catalogs_product_groups/get\",\"list\":\"catalogs_product_groups/list\",\"productCountsGet\":\"catalogs_product_groups/product_counts_get\",\"update\":\"catalogs_product_groups/update\"},\"catalogsReports\":{\"create\":\"reports/create\",\"get\":\"reports/get\",\"stats\":\"reports/stats\"},\"catalogsSupplementalItemsBatch\":{\"get\":\"catalogs_supplemental_items_batch/get\"},\"conversionDeletionRequest\":{\"create\":\"conversion_deletion_request/create\",\"delete\":\"conversion_deletion_request/delete\",\"get\":\"conversion_deletion_request/get\",\"list\":\"conversion_deletion_request/list\"},\"conversionEqs\":{\"list\":\"conversion_eqs/list\"},\"conversionTags\":{\"create\":\"conversion_tags/create\",\"get\":\"conversion_tags/get\",\"list\":\"conversion_tags/list\"},\"countryKeywordsMetrics\":{\"get\":\"country_keywords_metrics/get\"},\"customerListUploads\":{\"create\":\"customer_list_uploads/create\",\"get\":\"customer_list_uploads/get\",\"run\":\"customer_list_uploads/run\"},\"customerLists\":{\"create\":\"customer_lists/create\",\"get\":\"customer_lists/get\",\"list\":\"customer_lists/list\",\"update\":\"customer_lists/update\"},\"customerSegment\":{\"create\":\"customer_segment/create\",\"list\":\"customer_segment/list\",\"update\":\"customer_segment/update\"},\"deliveryMetrics\":{\"get\":\"delivery_metrics/get\"},\"events\":{\"create\":\"events/create\"},\"feedProcessingResults\":{\"list\":\"feed_processing_results/list\"},\"feeds\":{\"create\":\"feeds/create\",\"delete\":\"feeds/delete\",\"get\":\"feeds/get\",\"ingest\":\"feeds/ingest\",\"list\":\"feeds/list\",\"update\":\"feeds/update\"},\"followUser\":{\"update\":\"follow_user/update\"},\"followers\":{\"list\":\"followers/list\"},\"get\":{\"businessEmployers\":\"get/business_employers\",\"businessMembers\":\"get/business_members\",\"businessPartners\":\"get/business_partners\",\"invites\":\"get/invites\"},\"getAdGroupsByPromotionIds\":{\"list\":\"get_ad_groups_by_promotion_ids/list\"},\"integrations\":{\"getById\":\"integrations/get_by_id\",\"getList\":\"integrations/get_list\"},\"integrationsCommerce\":{\"del\":\"integrations_commerce/del\",\"get\":\"integrations_commerce/get\",\"patch\":\"integrations_commerce/patch\",\"post\":\"integrations_commerce/post\"},\"integrationsLogs\":{\"post\":\"integrations_logs/post\"},\"interestTargetingOptions\":{\"get\":\"interest_targeting_options/get\"},\"items\":{\"post\":\"items/post\"},\"itemsBatch\":{\"get\":\"items_batch/get\",\"post\":\"items_batch/post\"},\"itemsIssues\":{\"list\":\"items_issues/list\"},\"keywords\":{\"create\":\"keywords/create\",\"get\":\"keywords/get\",\"update\":\"keywords/update\"},\"labels\":{\"apply\":\"labels/apply\",\"create\":\"labels/create\",\"list\":\"labels/list\",\"remove\":\"labels/remove\",\"update\":\"labels/update\"},\"leadForm\":{\"get\":\"lead_form/get\"},\"leadFormQuestions\":{\"get\":\"lead_form_questions/get\"},\"leadFormTest\":{\"create\":\"lead_form_test/create\"},\"leadForms\":{\"create\":\"lead_forms/create\",\"list\":\"lead_forms/list\",\"update\":\"lead_forms/update\"},\"leadsExport\":{\"create\":\"leads_export/create\",\"get\":\"leads_export/get\"},\"linkedBusinessAccounts\":{\"get\":\"linked_business_accounts/get\"},\"media\":{\"create\":\"media/create\",\"get\":\"media/get\",\"list\":\"media/list\"},\"metricsReadyState\":{\"get\":\"metrics_ready_state/get\"},\"msotEvents\":{\"create\":\"msot_events/create\"},\"multiPins\":{\"analytics\":\"multi_pins/analytics\"},\"notification\":{\"post\":\"notification/post\"},\"oauth\":{\"conversionToken\":\"oauth/conversion_token\",\"token\":\"oauth/token\"},\"ocpmEligibleConversionTags\":{\"get\":\"ocpm_eligible_conversion_tags/get\"},\"orderLines\":{\"get\":\"order_lines/get\",\"list\":\"order_lines/list\"},\"pageVisitConversionTags\":{\"get\":\"page_visit_conversion_tags/get\"},\"pins\":{\"analytics\":\"pins/analytics\",\"create\":\"pins/create\",\"delete\":\"pins/delete\",\"get\":\"pins/get\",\"list\":\"pins/list\",\"save\":\"pins/save\",\"update\":\"pins/update\"},\"productGroupPromotions\":{\"create\":\"product_group_promotions/create\",\"get\":\"product_group_promotions/get\",\"list\":\"product_group_promotions/list\",\"update\":\"product_group_promotions/update\"},\"productGroups\":{\"analytics\":\"product_groups/analytics\"},\"productTags\":{\"bulkAdd\":\"product_tags/bulk_add\",\"bulkDelete\":\"product_tags/bulk_delete\",\"list\":\"product_tags/list\"},\"productsByProductGroupFilter\":{\"list\":\"products_by_product_group_filter/list\"},\"promotions\":{\"create\":\"promotions/create\",\"delete\":\"promotions/delete\",\"get\":\"promotions/get\",\"list\":\"promotions/list\",\"update\":\"promotions/update\"},\"sandbox\":{\"delete\":\"sandbox/delete\"},\"schedules\":{\"create\":\"schedules/create\",\"list\":\"schedules/list\",\"update\":\"schedules/update\"},\"search\":{\"searchPartnerPins\":\"search_partner_pins\"},\"searchUserBoards\":{\"get\":\"search_user_boards/get\"},\"searchUserPins\":{\"list\":\"search_user_pins/list\"},\"sharedAudiencesForBusiness\":{\"list\":\"shared_audiences_for_business/list\"},\"ssioAccounts\":{\"get\":\"ssio_accounts/get\"},\"ssioInsertionOrder\":{\"create\":\"ssio_insertion_order/create\",\"edit\":\"ssio_insertion_order/edit\"},\"ssioInsertionOrdersStatus\":{\"getByAdAccount\":\"ssio_insertion_orders_status/get_by_ad_account\",\"getByPinOrderId\":\"ssio_insertion_orders_status/get_by_pin_order_id\"},\"ssioOrderLines\":{\"getByAdAccount\":\"ssio_order_lines/get_by_ad_account\"},\"systemUser\":{\"update\":\"system_user/update\"},\"targetingOptions\":{\"get\":\"targeting_options/get\"},\"targetingTemplate\":{\"create\":\"targeting_template/create\",\"list\":\"targeting_template/list\",\"update\":\"targeting_template/update\"},\"templates\":{\"list\":\"templates/list\"},\"termsOfService\":{\"get\":\"terms_of_service/get\"},\"termsRelated\":{\"list\":\"terms_related/list\"},\"termsSuggested\":{\"list\":\"terms_suggested/list\"},\"token\":{\"revoke\":\"token/revoke\"},\"trendingKeywords\":{\"list\":\"trending_keywords/list\"},\"trendsEditorialArticles\":{\"list\":\"trends_editorial_articles/list\"},\"trendsFeaturedTopics\":{\"list\":\"trends_featured_topics/list\"},\"trendsProductCategoriesDetails\":{\"list\":\"trends_product_categories_details/list\"},\"trendsProductCategoriesTrending\":{\"list\":\"trends_product_categories_trending/list\"},\"unverifyWebsite\":{\"delete\":\"unverify_website/delete\"},\"update\":{\"businessMemberships\":\"update/business_memberships\"},\"userAccount\":{\"analytics\":\"user_account/analytics\",\"analyticsTopPins\":\"user_account/analytics/top_pins\",\"analyticsTopVideoPins\":\"user_account/analytics/top_video_pins\",\"followedInterests\":\"user_account/followed_interests\",\"get\":\"user_account/get\"},\"userFollowing\":{\"get\":\"user_following/get\"},\"userWebsites\":{\"get\":\"user_websites/get\"},\"verifyWebsite\":{\"update\":\"verify_website/update\"},\"websiteVerification\":{\"get\":\"website_verification/get\"}}");

/** What each operation takes: parameter names, the required ones, the body, and whether it pages by bookmark. */
export const V5_CALL_INPUTS: Checked<{
  readonly "ad_account/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["start_date", "end_date", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "reporting_timezone"];
    readonly "required": readonly ["start_date", "end_date", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_account_countries/get": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_account_targeting_analytics/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["start_date", "end_date", "targeting_types", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "attribution_types", "reporting_timezone"];
    readonly "required": readonly ["ad_account_id", "start_date", "end_date", "targeting_types", "columns", "granularity"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_accounts/create": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_accounts/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_accounts/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["include_shared_accounts", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ad_accounts_audiences_shared_accounts/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["audience_id", "account_type", "bookmark", "page_size"];
    readonly "required": readonly ["audience_id", "account_type", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ad_accounts_subscriptions/del_by_id": {
    readonly "path": readonly ["ad_account_id", "subscription_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "subscription_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_accounts_subscriptions/get_by_id": {
    readonly "path": readonly ["ad_account_id", "subscription_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "subscription_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_accounts_subscriptions/get_list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ad_accounts_subscriptions/post": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["start_date", "end_date", "ad_group_ids", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "aggregate_report_rows", "reporting_timezone"];
    readonly "required": readonly ["start_date", "end_date", "ad_group_ids", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_groups/audience_sizing": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups/get": {
    readonly "path": readonly ["ad_group_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_group_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_groups/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "campaign_ids", "ad_group_ids", "entity_statuses", "translate_interests_to_names"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ad_groups/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups_bid_floor/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups_dynamic_titles/download_csv": {
    readonly "path": readonly ["ad_account_id", "ad_group_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "ad_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_groups_dynamic_titles/get_status": {
    readonly "path": readonly ["ad_account_id", "ad_group_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "ad_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_groups_dynamic_titles/get_upload_url": {
    readonly "path": readonly ["ad_account_id", "ad_group_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "ad_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_groups_dynamic_titles/process_csv": {
    readonly "path": readonly ["ad_account_id", "ad_group_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "ad_group_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_groups_targeting_analytics/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["ad_group_ids", "start_date", "end_date", "targeting_types", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "attribution_types", "reporting_timezone", "sort_columns", "sort_ascending"];
    readonly "required": readonly ["ad_account_id", "ad_group_ids", "start_date", "end_date", "targeting_types", "columns", "granularity"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_pins/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["campaign_id", "pin_ids", "start_date", "end_date", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time"];
    readonly "required": readonly ["campaign_id", "pin_ids", "start_date", "end_date", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ad_previews/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ad_targeting_analytics/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["ad_ids", "start_date", "end_date", "targeting_types", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "attribution_types", "reporting_timezone", "sort_columns", "sort_ascending"];
    readonly "required": readonly ["ad_account_id", "ad_ids", "start_date", "end_date", "targeting_types", "columns", "granularity"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ads/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["pin_ids", "start_date", "end_date", "ad_ids", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "campaign_ids", "reporting_timezone"];
    readonly "required": readonly ["start_date", "end_date", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ads/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ads/get": {
    readonly "path": readonly ["ad_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ads/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "campaign_ids", "ad_group_ids", "ad_ids", "entity_statuses"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ads/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ads_credit/redeem": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ads_credits_discounts/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "advanced_auction_items_get/post": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "advanced_auction_items_submit/post": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "advertiser_defined_events/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "advertiser_defined_events/delete": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["event_names"];
    readonly "required": readonly ["ad_account_id", "event_names"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "advertiser_defined_events/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "advertiser_defined_events/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "analytics/create_conversion_product_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "analytics/create_mmm_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "analytics/create_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "analytics/create_template_report": {
    readonly "path": readonly ["ad_account_id", "template_id"];
    readonly "query": readonly ["start_date", "end_date", "granularity"];
    readonly "required": readonly ["ad_account_id", "template_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "analytics/get_conversion_product_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["token"];
    readonly "required": readonly ["ad_account_id", "token"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "analytics/get_mmm_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["token"];
    readonly "required": readonly ["ad_account_id", "token"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "analytics/get_report": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["token"];
    readonly "required": readonly ["ad_account_id", "token"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "asset_access_requests/create": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "asset_group/create": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "asset_group/delete": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "asset_group/update": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "audience_insights/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["audience_insight_type"];
    readonly "required": readonly ["ad_account_id", "audience_insight_type"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "audience_insights_scope_and_type/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "audiences/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "audiences/get": {
    readonly "path": readonly ["audience_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["audience_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "audiences/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "ownership_type", "exclude_nca"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "audiences/update": {
    readonly "path": readonly ["audience_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["audience_id", "ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "billing_invoice_download/get": {
    readonly "path": readonly ["ad_account_id", "billing_invoice_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "billing_invoice_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "billing_invoices/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "sort", "status", "document_type", "start_due_date", "end_due_date"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "billing_profiles/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["is_active", "bookmark", "page_size"];
    readonly "required": readonly ["is_active", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "board_sections/create": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "board_sections/delete": {
    readonly "path": readonly ["board_id", "section_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id", "section_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "board_sections/list": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly ["board_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "board_sections/list_pins": {
    readonly "path": readonly ["board_id", "section_id"];
    readonly "query": readonly ["ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly ["board_id", "section_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "board_sections/update": {
    readonly "path": readonly ["board_id", "section_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id", "section_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "boards/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "boards/delete": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "boards/get": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "boards/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "privacy", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "boards/list_pins": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["creative_types", "ad_account_id", "pin_metrics", "bookmark", "page_size"];
    readonly "required": readonly ["board_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "boards/update": {
    readonly "path": readonly ["board_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["board_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "boards_user_follows/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "explicit_following", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "brand_accounts/create": {
    readonly "path": readonly ["business_hierarchy_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_hierarchy_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "brand_accounts/update": {
    readonly "path": readonly ["brand_account_id", "business_hierarchy_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["brand_account_id", "business_hierarchy_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "bulk_download/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "bulk_request/get": {
    readonly "path": readonly ["ad_account_id", "bulk_request_id"];
    readonly "query": readonly ["include_details"];
    readonly "required": readonly ["ad_account_id", "bulk_request_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "bulk_upsert/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "business_account_audiences_shared_accounts/list": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["audience_id", "account_type", "bookmark", "page_size"];
    readonly "required": readonly ["business_id", "audience_id", "account_type"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "business_asset_members/get": {
    readonly "path": readonly ["business_id", "asset_id"];
    readonly "query": readonly ["start_index", "fetch_system_users", "bookmark", "page_size"];
    readonly "required": readonly ["business_id", "asset_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "business_asset_partners/get": {
    readonly "path": readonly ["business_id", "asset_id"];
    readonly "query": readonly ["start_index", "bookmark", "page_size"];
    readonly "required": readonly ["business_id", "asset_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "business_assets/get": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["permissions", "child_asset_id", "asset_group_id", "asset_type", "start_index", "bookmark", "page_size"];
    readonly "required": readonly ["business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "business_member_assets/get": {
    readonly "path": readonly ["business_id", "member_id"];
    readonly "query": readonly ["asset_type", "start_index", "sort_by", "sort_ascending", "search_by", "search_value", "asset_permission_type", "ad_account_statuses", "bookmark", "page_size"];
    readonly "required": readonly ["business_id", "member_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "business_members_asset_access/delete": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "business_members_asset_access/update": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "business_partner_asset_access/get": {
    readonly "path": readonly ["business_id", "partner_id"];
    readonly "query": readonly ["partner_type", "asset_type", "start_index", "sort_by", "sort_ascending", "search_by", "search_value", "bookmark", "page_size"];
    readonly "required": readonly ["business_id", "partner_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "campaign_ad_preview/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "campaign_ad_preview/delete": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["ad_group_ids"];
    readonly "required": readonly ["ad_group_ids", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "campaign_ad_preview/read": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["ad_group_ids"];
    readonly "required": readonly ["ad_group_ids", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "campaign_targeting_analytics/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["campaign_ids", "start_date", "end_date", "targeting_types", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "attribution_types", "reporting_timezone"];
    readonly "required": readonly ["ad_account_id", "campaign_ids", "start_date", "end_date", "targeting_types", "columns", "granularity"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "campaigns/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["start_date", "end_date", "campaign_ids", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "aggregate_report_rows", "reporting_timezone"];
    readonly "required": readonly ["start_date", "end_date", "campaign_ids", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "campaigns/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "campaigns/get": {
    readonly "path": readonly ["campaign_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["campaign_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "campaigns/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "campaign_ids", "entity_statuses"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "campaigns/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "cancel_invites_or_requests": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs/available_filter_values": {
    readonly "path": readonly [];
    readonly "query": readonly ["catalog_id", "feed_id", "country", "language", "ad_account_id"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "catalogs_local_inventory_items/post": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_local_inventory_items_batch/operate": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_local_stores/create": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_local_stores/delete": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ids", "ad_account_id"];
    readonly "required": readonly ["catalog_id", "ids"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs_local_stores/list": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ids", "ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "catalogs_local_stores/update": {
    readonly "path": readonly ["catalog_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["catalog_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_product_group_pins/list": {
    readonly "path": readonly ["product_group_id"];
    readonly "query": readonly ["ad_account_id", "pin_metrics", "bookmark", "page_size"];
    readonly "required": readonly ["product_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "catalogs_product_groups/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/create_many": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/delete": {
    readonly "path": readonly ["product_group_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["product_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/delete_many": {
    readonly "path": readonly [];
    readonly "query": readonly ["id", "ad_account_id"];
    readonly "required": readonly ["id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/get": {
    readonly "path": readonly ["product_group_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["product_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["id", "feed_id", "catalog_id", "ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "catalogs_product_groups/product_counts_get": {
    readonly "path": readonly ["product_group_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["product_group_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "catalogs_product_groups/update": {
    readonly "path": readonly ["product_group_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["product_group_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "catalogs_supplemental_items_batch/get": {
    readonly "path": readonly ["catalog_id", "batch_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["catalog_id", "batch_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "conversion_deletion_request/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "conversion_deletion_request/delete": {
    readonly "path": readonly ["request_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["request_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "conversion_deletion_request/get": {
    readonly "path": readonly ["request_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["request_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "conversion_deletion_request/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "conversion_eqs/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["lookback_period", "source_platform", "ingestion_source"];
    readonly "required": readonly ["lookback_period", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "conversion_tags/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "conversion_tags/get": {
    readonly "path": readonly ["ad_account_id", "conversion_tag_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "conversion_tag_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "conversion_tags/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["filter_deleted"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "country_keywords_metrics/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["country_code", "keywords"];
    readonly "required": readonly ["ad_account_id", "country_code", "keywords"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "create_asset_invites": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "create_membership_or_partnership_invites": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "customer_list_uploads/create": {
    readonly "path": readonly ["ad_account_id", "customer_list_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "customer_list_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "customer_list_uploads/get": {
    readonly "path": readonly ["ad_account_id", "customer_list_id", "customer_list_upload_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "customer_list_id", "customer_list_upload_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "customer_list_uploads/run": {
    readonly "path": readonly ["ad_account_id", "customer_list_id", "customer_list_upload_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "customer_list_id", "customer_list_upload_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "customer_lists/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "customer_lists/get": {
    readonly "path": readonly ["ad_account_id", "customer_list_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "customer_list_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "customer_lists/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "exclude_nca"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "customer_lists/update": {
    readonly "path": readonly ["ad_account_id", "customer_list_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "customer_list_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "customer_segment/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "customer_segment/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "include_sizing", "search_query"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "customer_segment/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "delete_business_membership": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "delete_business_partners": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "delete_partner_asset_access_handler_impl": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "delivery_metrics/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["report_type"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "events/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["test"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "feed_processing_results/list": {
    readonly "path": readonly ["feed_id"];
    readonly "query": readonly ["ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly ["feed_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "feeds/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "feeds/delete": {
    readonly "path": readonly ["feed_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["feed_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "feeds/get": {
    readonly "path": readonly ["feed_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["feed_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "feeds/ingest": {
    readonly "path": readonly ["feed_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["feed_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "feeds/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["catalog_id", "ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "feeds/update": {
    readonly "path": readonly ["feed_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["feed_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "follow_user/update": {
    readonly "path": readonly ["username"];
    readonly "query": readonly [];
    readonly "required": readonly ["username"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "followers/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get/business_employers": {
    readonly "path": readonly [];
    readonly "query": readonly ["assets_summary", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get/business_members": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["fetch_system_users", "assets_summary", "business_roles", "member_ids", "start_index", "bookmark", "page_size"];
    readonly "required": readonly ["business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get/business_partners": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["assets_summary", "partner_type", "partner_ids", "start_index", "sort_ascending", "bookmark", "page_size"];
    readonly "required": readonly ["business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get/invites": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["is_member", "invite_status", "invite_type", "bookmark", "page_size"];
    readonly "required": readonly ["business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get_ad_groups_by_promotion_ids/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "promotion_ids"];
    readonly "required": readonly ["ad_account_id", "promotion_ids"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "get_campaign_delivery_estimates": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "integrations/get_by_id": {
    readonly "path": readonly ["id"];
    readonly "query": readonly [];
    readonly "required": readonly ["id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "integrations/get_list": {
    readonly "path": readonly [];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "integrations_commerce/del": {
    readonly "path": readonly ["external_business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["external_business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "integrations_commerce/get": {
    readonly "path": readonly ["external_business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["external_business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "integrations_commerce/patch": {
    readonly "path": readonly ["external_business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["external_business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "integrations_commerce/post": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "integrations_logs/post": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "interest_targeting_options/get": {
    readonly "path": readonly ["interest_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["interest_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "items/post": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "items_batch/get": {
    readonly "path": readonly ["batch_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["batch_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "items_batch/post": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "items_issues/list": {
    readonly "path": readonly ["processing_result_id"];
    readonly "query": readonly ["item_numbers", "item_validation_issue", "ad_account_id", "bookmark", "page_size"];
    readonly "required": readonly ["processing_result_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "keywords/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "keywords/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["campaign_id", "ad_group_id", "ad_group_ids", "match_types", "bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "keywords/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "labels/apply": {
    readonly "path": readonly ["ad_account_id", "label_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "label_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "labels/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "labels/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["campaign_ids", "label_ids", "entity_statuses", "label_types", "bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "labels/remove": {
    readonly "path": readonly ["ad_account_id", "label_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "label_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "labels/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "lead_form/get": {
    readonly "path": readonly ["lead_form_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["lead_form_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "lead_form_questions/get": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "lead_form_test/create": {
    readonly "path": readonly ["ad_account_id", "lead_form_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "lead_form_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "lead_forms/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "lead_forms/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "lead_forms/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "leads_export/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "leads_export/get": {
    readonly "path": readonly ["ad_account_id", "leads_export_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "leads_export_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "linked_business_accounts/get": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "media/create": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "media/get": {
    readonly "path": readonly ["media_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["media_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "media/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "metrics_ready_state/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["date"];
    readonly "required": readonly ["date"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "msot_events/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "multi_pins/analytics": {
    readonly "path": readonly [];
    readonly "query": readonly ["pin_ids", "start_date", "end_date", "app_types", "metric_types", "ad_account_id"];
    readonly "required": readonly ["pin_ids", "start_date", "end_date", "metric_types"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "notification/post": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "oauth/conversion_token": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "oauth/token": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "form";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ocpm_eligible_conversion_tags/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "order_lines/get": {
    readonly "path": readonly ["order_line_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["order_line_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "order_lines/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "page_visit_conversion_tags/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "pins/analytics": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly ["start_date", "end_date", "app_types", "metric_types", "split_field", "ad_account_id"];
    readonly "required": readonly ["pin_id", "start_date", "end_date", "metric_types"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "pins/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "pins/delete": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["pin_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "pins/get": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly ["ad_account_id", "pin_metrics"];
    readonly "required": readonly ["pin_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "pins/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["pin_filter", "pin_metrics", "include_protected_pins", "pin_type", "creative_types", "ad_account_id", "domain", "domains", "include_product_tag_obj", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "pins/save": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["pin_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "pins/update": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly ["pin_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "product_group_promotions/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "product_group_promotions/get": {
    readonly "path": readonly ["ad_account_id", "product_group_promotion_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "product_group_promotion_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "product_group_promotions/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "product_group_promotion_ids", "entity_statuses", "ad_group_id"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "product_group_promotions/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "product_groups/analytics": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["start_date", "end_date", "product_group_ids", "columns", "granularity", "click_window_days", "engagement_window_days", "view_window_days", "conversion_report_time", "reporting_timezone"];
    readonly "required": readonly ["start_date", "end_date", "product_group_ids", "columns", "granularity", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "product_tags/bulk_add": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["pin_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "product_tags/bulk_delete": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["pin_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "product_tags/list": {
    readonly "path": readonly ["pin_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["pin_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "products_by_product_group_filter/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["bookmark", "page_size", "ad_account_id", "pin_metrics"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": true;
  };
  readonly "promotions/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "promotions/delete": {
    readonly "path": readonly ["promotion_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["promotion_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "promotions/get": {
    readonly "path": readonly ["promotion_id", "ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["promotion_id", "ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "promotions/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "promotions/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "reports/create": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "reports/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "token"];
    readonly "required": readonly ["token"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "reports/stats": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "parameters", "bookmark", "page_size"];
    readonly "required": readonly ["parameters"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "respond_business_access_invites": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "sandbox/delete": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "schedules/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "schedules/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "schedule_statuses", "schedule_type", "entity_ids"];
    readonly "required": readonly ["ad_account_id", "entity_ids"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "schedules/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "search_partner_pins": {
    readonly "path": readonly [];
    readonly "query": readonly ["term", "country_code", "bookmark", "locale", "limit"];
    readonly "required": readonly ["term", "country_code"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "search_user_boards/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "query", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "search_user_pins/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "query", "bookmark"];
    readonly "required": readonly ["query"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "shared_audiences_for_business/list": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly ["order", "bookmark", "page_size"];
    readonly "required": readonly ["business_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ssio_accounts/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ssio_insertion_order/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ssio_insertion_order/edit": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "ssio_insertion_orders_status/get_by_ad_account": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "ssio_insertion_orders_status/get_by_pin_order_id": {
    readonly "path": readonly ["ad_account_id", "pin_order_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id", "pin_order_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "ssio_order_lines/get_by_ad_account": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["pin_order_id", "bookmark", "page_size"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "system_user/update": {
    readonly "path": readonly ["business_id", "system_user_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id", "system_user_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "targeting_options/get": {
    readonly "path": readonly ["targeting_type"];
    readonly "query": readonly ["ad_account_id", "client_id", "oauth_signature", "timestamp"];
    readonly "required": readonly ["targeting_type"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "targeting_template/create": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "targeting_template/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order", "include_sizing", "search_query"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "targeting_template/update": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "templates/list": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["bookmark", "page_size", "order"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "terms_of_service/get": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly ["include_html", "tos_type"];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "terms_related/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["terms"];
    readonly "required": readonly ["terms"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "terms_suggested/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["term", "limit"];
    readonly "required": readonly ["term"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "token/revoke": {
    readonly "path": readonly [];
    readonly "query": readonly [];
    readonly "required": readonly [];
    readonly "body": "form";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "trending_keywords/list": {
    readonly "path": readonly ["region", "trend_type"];
    readonly "query": readonly ["interests", "genders", "ages", "include_keywords", "normalize_against_group", "limit", "include_demographics"];
    readonly "required": readonly ["region", "trend_type"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "trends_editorial_articles/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["region"];
    readonly "required": readonly ["region"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "trends_featured_topics/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["interest", "region"];
    readonly "required": readonly ["region"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "trends_product_categories_details/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["product_categories", "region", "lookback_window", "engagement_type"];
    readonly "required": readonly ["product_categories", "region"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "trends_product_categories_trending/list": {
    readonly "path": readonly [];
    readonly "query": readonly ["region", "verticals", "ages", "genders", "engagement_type"];
    readonly "required": readonly ["region"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "unverify_website/delete": {
    readonly "path": readonly [];
    readonly "query": readonly ["website"];
    readonly "required": readonly ["website"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "update/business_memberships": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "update_ad_account_to_ad_account_shared_audience": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "update_ad_account_to_business_shared_audience": {
    readonly "path": readonly ["ad_account_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["ad_account_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "update_business_to_ad_account_shared_audience": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "update_business_to_business_shared_audience": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "update_partner_asset_access_handler_impl": {
    readonly "path": readonly ["business_id"];
    readonly "query": readonly [];
    readonly "required": readonly ["business_id"];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "user_account/analytics": {
    readonly "path": readonly [];
    readonly "query": readonly ["start_date", "end_date", "from_claimed_content", "pin_format", "app_types", "content_type", "source", "metric_types", "split_field", "ad_account_id"];
    readonly "required": readonly ["start_date", "end_date"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "user_account/analytics/top_pins": {
    readonly "path": readonly [];
    readonly "query": readonly ["start_date", "end_date", "sort_by", "from_claimed_content", "pin_format", "app_types", "content_type", "source", "metric_types", "num_of_pins", "created_in_last_n_days", "ad_account_id"];
    readonly "required": readonly ["start_date", "end_date", "sort_by"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "user_account/analytics/top_video_pins": {
    readonly "path": readonly [];
    readonly "query": readonly ["start_date", "end_date", "sort_by", "from_claimed_content", "pin_format", "app_types", "content_type", "source", "metric_types", "num_of_pins", "created_in_last_n_days", "ad_account_id"];
    readonly "required": readonly ["start_date", "end_date", "sort_by"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "user_account/followed_interests": {
    readonly "path": readonly ["username"];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly ["username"];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "user_account/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
  readonly "user_following/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id", "explicit_following", "feed_type", "bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "user_websites/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["bookmark", "page_size"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": true;
  };
  readonly "verify_website/update": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "json";
    readonly "bodyRequired": true;
    readonly "paged": false;
  };
  readonly "website_verification/get": {
    readonly "path": readonly [];
    readonly "query": readonly ["ad_account_id"];
    readonly "required": readonly [];
    readonly "body": "none";
    readonly "bodyRequired": false;
    readonly "paged": false;
  };
}, Readonly<Record<string, V5CallInput>>> = JSON.parse("{\"ad_account/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"start_date\",\"end_date\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"reporting_timezone\"],\"required\":[\"start_date\",\"end_date\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_account_countries/get\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_account_targeting_analytics/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"attribution_types\",\"reporting_timezone\"],\"required\":[\"ad_account_id\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_accounts/create\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_accounts/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_accounts/list\":{\"path\":[],\"query\":[\"include_shared_accounts\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ad_accounts_audiences_shared_accounts/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"audience_id\",\"account_type\",\"bookmark\",\"page_size\"],\"required\":[\"audience_id\",\"account_type\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ad_accounts_subscriptions/del_by_id\":{\"path\":[\"ad_account_id\",\"subscription_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"subscription_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_accounts_subscriptions/get_by_id\":{\"path\":[\"ad_account_id\",\"subscription_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"subscription_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_accounts_subscriptions/get_list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ad_accounts_subscriptions/post\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"start_date\",\"end_date\",\"ad_group_ids\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"aggregate_report_rows\",\"reporting_timezone\"],\"required\":[\"start_date\",\"end_date\",\"ad_group_ids\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_groups/audience_sizing\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups/get\":{\"path\":[\"ad_group_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"ad_group_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_groups/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"campaign_ids\",\"ad_group_ids\",\"entity_statuses\",\"translate_interests_to_names\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ad_groups/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups_bid_floor/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups_dynamic_titles/download_csv\":{\"path\":[\"ad_account_id\",\"ad_group_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"ad_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_groups_dynamic_titles/get_status\":{\"path\":[\"ad_account_id\",\"ad_group_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"ad_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_groups_dynamic_titles/get_upload_url\":{\"path\":[\"ad_account_id\",\"ad_group_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"ad_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_groups_dynamic_titles/process_csv\":{\"path\":[\"ad_account_id\",\"ad_group_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"ad_group_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_groups_targeting_analytics/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"ad_group_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"attribution_types\",\"reporting_timezone\",\"sort_columns\",\"sort_ascending\"],\"required\":[\"ad_account_id\",\"ad_group_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_pins/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"campaign_id\",\"pin_ids\",\"start_date\",\"end_date\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\"],\"required\":[\"campaign_id\",\"pin_ids\",\"start_date\",\"end_date\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ad_previews/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ad_targeting_analytics/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"ad_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"attribution_types\",\"reporting_timezone\",\"sort_columns\",\"sort_ascending\"],\"required\":[\"ad_account_id\",\"ad_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ads/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"pin_ids\",\"start_date\",\"end_date\",\"ad_ids\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"campaign_ids\",\"reporting_timezone\"],\"required\":[\"start_date\",\"end_date\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ads/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ads/get\":{\"path\":[\"ad_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"ad_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ads/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"campaign_ids\",\"ad_group_ids\",\"ad_ids\",\"entity_statuses\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ads/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ads_credit/redeem\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ads_credits_discounts/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"advanced_auction_items_get/post\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"advanced_auction_items_submit/post\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"advertiser_defined_events/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"advertiser_defined_events/delete\":{\"path\":[\"ad_account_id\"],\"query\":[\"event_names\"],\"required\":[\"ad_account_id\",\"event_names\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"advertiser_defined_events/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"advertiser_defined_events/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"analytics/create_conversion_product_report\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"analytics/create_mmm_report\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"analytics/create_report\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"analytics/create_template_report\":{\"path\":[\"ad_account_id\",\"template_id\"],\"query\":[\"start_date\",\"end_date\",\"granularity\"],\"required\":[\"ad_account_id\",\"template_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"analytics/get_conversion_product_report\":{\"path\":[\"ad_account_id\"],\"query\":[\"token\"],\"required\":[\"ad_account_id\",\"token\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"analytics/get_mmm_report\":{\"path\":[\"ad_account_id\"],\"query\":[\"token\"],\"required\":[\"ad_account_id\",\"token\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"analytics/get_report\":{\"path\":[\"ad_account_id\"],\"query\":[\"token\"],\"required\":[\"ad_account_id\",\"token\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"asset_access_requests/create\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"asset_group/create\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"asset_group/delete\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"asset_group/update\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"audience_insights/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"audience_insight_type\"],\"required\":[\"ad_account_id\",\"audience_insight_type\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"audience_insights_scope_and_type/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"audiences/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"audiences/get\":{\"path\":[\"audience_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"audience_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"audiences/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"ownership_type\",\"exclude_nca\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"audiences/update\":{\"path\":[\"audience_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"audience_id\",\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"billing_invoice_download/get\":{\"path\":[\"ad_account_id\",\"billing_invoice_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"billing_invoice_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"billing_invoices/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"sort\",\"status\",\"document_type\",\"start_due_date\",\"end_due_date\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"billing_profiles/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"is_active\",\"bookmark\",\"page_size\"],\"required\":[\"is_active\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"board_sections/create\":{\"path\":[\"board_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"board_sections/delete\":{\"path\":[\"board_id\",\"section_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\",\"section_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"board_sections/list\":{\"path\":[\"board_id\"],\"query\":[\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[\"board_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"board_sections/list_pins\":{\"path\":[\"board_id\",\"section_id\"],\"query\":[\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[\"board_id\",\"section_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"board_sections/update\":{\"path\":[\"board_id\",\"section_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\",\"section_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"boards/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"boards/delete\":{\"path\":[\"board_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"boards/get\":{\"path\":[\"board_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"boards/list\":{\"path\":[],\"query\":[\"ad_account_id\",\"privacy\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"boards/list_pins\":{\"path\":[\"board_id\"],\"query\":[\"creative_types\",\"ad_account_id\",\"pin_metrics\",\"bookmark\",\"page_size\"],\"required\":[\"board_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"boards/update\":{\"path\":[\"board_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"board_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"boards_user_follows/list\":{\"path\":[],\"query\":[\"ad_account_id\",\"explicit_following\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"brand_accounts/create\":{\"path\":[\"business_hierarchy_id\"],\"query\":[],\"required\":[\"business_hierarchy_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"brand_accounts/update\":{\"path\":[\"brand_account_id\",\"business_hierarchy_id\"],\"query\":[],\"required\":[\"brand_account_id\",\"business_hierarchy_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"bulk_download/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"bulk_request/get\":{\"path\":[\"ad_account_id\",\"bulk_request_id\"],\"query\":[\"include_details\"],\"required\":[\"ad_account_id\",\"bulk_request_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"bulk_upsert/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"business_account_audiences_shared_accounts/list\":{\"path\":[\"business_id\"],\"query\":[\"audience_id\",\"account_type\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\",\"audience_id\",\"account_type\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"business_asset_members/get\":{\"path\":[\"business_id\",\"asset_id\"],\"query\":[\"start_index\",\"fetch_system_users\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\",\"asset_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"business_asset_partners/get\":{\"path\":[\"business_id\",\"asset_id\"],\"query\":[\"start_index\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\",\"asset_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"business_assets/get\":{\"path\":[\"business_id\"],\"query\":[\"permissions\",\"child_asset_id\",\"asset_group_id\",\"asset_type\",\"start_index\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"business_member_assets/get\":{\"path\":[\"business_id\",\"member_id\"],\"query\":[\"asset_type\",\"start_index\",\"sort_by\",\"sort_ascending\",\"search_by\",\"search_value\",\"asset_permission_type\",\"ad_account_statuses\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\",\"member_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"business_members_asset_access/delete\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"business_members_asset_access/update\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"business_partner_asset_access/get\":{\"path\":[\"business_id\",\"partner_id\"],\"query\":[\"partner_type\",\"asset_type\",\"start_index\",\"sort_by\",\"sort_ascending\",\"search_by\",\"search_value\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\",\"partner_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"campaign_ad_preview/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"campaign_ad_preview/delete\":{\"path\":[\"ad_account_id\"],\"query\":[\"ad_group_ids\"],\"required\":[\"ad_group_ids\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"campaign_ad_preview/read\":{\"path\":[\"ad_account_id\"],\"query\":[\"ad_group_ids\"],\"required\":[\"ad_group_ids\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"campaign_targeting_analytics/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"campaign_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"attribution_types\",\"reporting_timezone\"],\"required\":[\"ad_account_id\",\"campaign_ids\",\"start_date\",\"end_date\",\"targeting_types\",\"columns\",\"granularity\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"campaigns/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"start_date\",\"end_date\",\"campaign_ids\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"aggregate_report_rows\",\"reporting_timezone\"],\"required\":[\"start_date\",\"end_date\",\"campaign_ids\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"campaigns/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"campaigns/get\":{\"path\":[\"campaign_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"campaign_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"campaigns/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"campaign_ids\",\"entity_statuses\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"campaigns/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"cancel_invites_or_requests\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs/available_filter_values\":{\"path\":[],\"query\":[\"catalog_id\",\"feed_id\",\"country\",\"language\",\"ad_account_id\"],\"required\":[\"catalog_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs/list\":{\"path\":[],\"query\":[\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"catalogs_local_inventory_items/post\":{\"path\":[\"catalog_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"catalog_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_local_inventory_items_batch/operate\":{\"path\":[\"catalog_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"catalog_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_local_stores/create\":{\"path\":[\"catalog_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"catalog_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_local_stores/delete\":{\"path\":[\"catalog_id\"],\"query\":[\"ids\",\"ad_account_id\"],\"required\":[\"catalog_id\",\"ids\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs_local_stores/list\":{\"path\":[\"catalog_id\"],\"query\":[\"ids\",\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[\"catalog_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"catalogs_local_stores/update\":{\"path\":[\"catalog_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"catalog_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_product_group_pins/list\":{\"path\":[\"product_group_id\"],\"query\":[\"ad_account_id\",\"pin_metrics\",\"bookmark\",\"page_size\"],\"required\":[\"product_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"catalogs_product_groups/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_product_groups/create_many\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_product_groups/delete\":{\"path\":[\"product_group_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"product_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs_product_groups/delete_many\":{\"path\":[],\"query\":[\"id\",\"ad_account_id\"],\"required\":[\"id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs_product_groups/get\":{\"path\":[\"product_group_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"product_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs_product_groups/list\":{\"path\":[],\"query\":[\"id\",\"feed_id\",\"catalog_id\",\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"catalogs_product_groups/product_counts_get\":{\"path\":[\"product_group_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"product_group_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"catalogs_product_groups/update\":{\"path\":[\"product_group_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"product_group_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"catalogs_supplemental_items_batch/get\":{\"path\":[\"catalog_id\",\"batch_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"catalog_id\",\"batch_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"conversion_deletion_request/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"conversion_deletion_request/delete\":{\"path\":[\"request_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"request_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"conversion_deletion_request/get\":{\"path\":[\"request_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"request_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"conversion_deletion_request/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"conversion_eqs/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"lookback_period\",\"source_platform\",\"ingestion_source\"],\"required\":[\"lookback_period\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"conversion_tags/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"conversion_tags/get\":{\"path\":[\"ad_account_id\",\"conversion_tag_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"conversion_tag_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"conversion_tags/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"filter_deleted\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"country_keywords_metrics/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"country_code\",\"keywords\"],\"required\":[\"ad_account_id\",\"country_code\",\"keywords\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"create_asset_invites\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"create_membership_or_partnership_invites\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"customer_list_uploads/create\":{\"path\":[\"ad_account_id\",\"customer_list_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"customer_list_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"customer_list_uploads/get\":{\"path\":[\"ad_account_id\",\"customer_list_id\",\"customer_list_upload_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"customer_list_id\",\"customer_list_upload_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"customer_list_uploads/run\":{\"path\":[\"ad_account_id\",\"customer_list_id\",\"customer_list_upload_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"customer_list_id\",\"customer_list_upload_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"customer_lists/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"customer_lists/get\":{\"path\":[\"ad_account_id\",\"customer_list_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"customer_list_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"customer_lists/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"exclude_nca\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"customer_lists/update\":{\"path\":[\"ad_account_id\",\"customer_list_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"customer_list_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"customer_segment/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"customer_segment/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"include_sizing\",\"search_query\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"customer_segment/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"delete_business_membership\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"delete_business_partners\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"delete_partner_asset_access_handler_impl\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"delivery_metrics/get\":{\"path\":[],\"query\":[\"report_type\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"events/create\":{\"path\":[\"ad_account_id\"],\"query\":[\"test\"],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"feed_processing_results/list\":{\"path\":[\"feed_id\"],\"query\":[\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[\"feed_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"feeds/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"feeds/delete\":{\"path\":[\"feed_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"feed_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"feeds/get\":{\"path\":[\"feed_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"feed_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"feeds/ingest\":{\"path\":[\"feed_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"feed_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"feeds/list\":{\"path\":[],\"query\":[\"catalog_id\",\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"feeds/update\":{\"path\":[\"feed_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"feed_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"follow_user/update\":{\"path\":[\"username\"],\"query\":[],\"required\":[\"username\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"followers/list\":{\"path\":[],\"query\":[\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get/business_employers\":{\"path\":[],\"query\":[\"assets_summary\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get/business_members\":{\"path\":[\"business_id\"],\"query\":[\"fetch_system_users\",\"assets_summary\",\"business_roles\",\"member_ids\",\"start_index\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get/business_partners\":{\"path\":[\"business_id\"],\"query\":[\"assets_summary\",\"partner_type\",\"partner_ids\",\"start_index\",\"sort_ascending\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get/invites\":{\"path\":[\"business_id\"],\"query\":[\"is_member\",\"invite_status\",\"invite_type\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get_ad_groups_by_promotion_ids/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"promotion_ids\"],\"required\":[\"ad_account_id\",\"promotion_ids\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"get_campaign_delivery_estimates\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"integrations/get_by_id\":{\"path\":[\"id\"],\"query\":[],\"required\":[\"id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"integrations/get_list\":{\"path\":[],\"query\":[\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"integrations_commerce/del\":{\"path\":[\"external_business_id\"],\"query\":[],\"required\":[\"external_business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"integrations_commerce/get\":{\"path\":[\"external_business_id\"],\"query\":[],\"required\":[\"external_business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"integrations_commerce/patch\":{\"path\":[\"external_business_id\"],\"query\":[],\"required\":[\"external_business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"integrations_commerce/post\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"integrations_logs/post\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"interest_targeting_options/get\":{\"path\":[\"interest_id\"],\"query\":[],\"required\":[\"interest_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"items/post\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"items_batch/get\":{\"path\":[\"batch_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"batch_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"items_batch/post\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"items_issues/list\":{\"path\":[\"processing_result_id\"],\"query\":[\"item_numbers\",\"item_validation_issue\",\"ad_account_id\",\"bookmark\",\"page_size\"],\"required\":[\"processing_result_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"keywords/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"keywords/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"campaign_id\",\"ad_group_id\",\"ad_group_ids\",\"match_types\",\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"keywords/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"labels/apply\":{\"path\":[\"ad_account_id\",\"label_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"label_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"labels/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"labels/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"campaign_ids\",\"label_ids\",\"entity_statuses\",\"label_types\",\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"labels/remove\":{\"path\":[\"ad_account_id\",\"label_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"label_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"labels/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"lead_form/get\":{\"path\":[\"lead_form_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"lead_form_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"lead_form_questions/get\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"lead_form_test/create\":{\"path\":[\"ad_account_id\",\"lead_form_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"lead_form_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"lead_forms/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"lead_forms/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"lead_forms/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"leads_export/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"leads_export/get\":{\"path\":[\"ad_account_id\",\"leads_export_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"leads_export_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"linked_business_accounts/get\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"media/create\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"media/get\":{\"path\":[\"media_id\"],\"query\":[],\"required\":[\"media_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"media/list\":{\"path\":[],\"query\":[\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"metrics_ready_state/get\":{\"path\":[],\"query\":[\"date\"],\"required\":[\"date\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"msot_events/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"multi_pins/analytics\":{\"path\":[],\"query\":[\"pin_ids\",\"start_date\",\"end_date\",\"app_types\",\"metric_types\",\"ad_account_id\"],\"required\":[\"pin_ids\",\"start_date\",\"end_date\",\"metric_types\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"notification/post\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"oauth/conversion_token\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"oauth/token\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"form\",\"bodyRequired\":true,\"paged\":false},\"ocpm_eligible_conversion_tags/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"order_lines/get\":{\"path\":[\"order_line_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"order_line_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"order_lines/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"page_visit_conversion_tags/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"pins/analytics\":{\"path\":[\"pin_id\"],\"query\":[\"start_date\",\"end_date\",\"app_types\",\"metric_types\",\"split_field\",\"ad_account_id\"],\"required\":[\"pin_id\",\"start_date\",\"end_date\",\"metric_types\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"pins/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"pins/delete\":{\"path\":[\"pin_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"pin_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"pins/get\":{\"path\":[\"pin_id\"],\"query\":[\"ad_account_id\",\"pin_metrics\"],\"required\":[\"pin_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"pins/list\":{\"path\":[],\"query\":[\"pin_filter\",\"pin_metrics\",\"include_protected_pins\",\"pin_type\",\"creative_types\",\"ad_account_id\",\"domain\",\"domains\",\"include_product_tag_obj\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"pins/save\":{\"path\":[\"pin_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"pin_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"pins/update\":{\"path\":[\"pin_id\"],\"query\":[\"ad_account_id\"],\"required\":[\"pin_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"product_group_promotions/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"product_group_promotions/get\":{\"path\":[\"ad_account_id\",\"product_group_promotion_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"product_group_promotion_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"product_group_promotions/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"product_group_promotion_ids\",\"entity_statuses\",\"ad_group_id\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"product_group_promotions/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"product_groups/analytics\":{\"path\":[\"ad_account_id\"],\"query\":[\"start_date\",\"end_date\",\"product_group_ids\",\"columns\",\"granularity\",\"click_window_days\",\"engagement_window_days\",\"view_window_days\",\"conversion_report_time\",\"reporting_timezone\"],\"required\":[\"start_date\",\"end_date\",\"product_group_ids\",\"columns\",\"granularity\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"product_tags/bulk_add\":{\"path\":[\"pin_id\"],\"query\":[],\"required\":[\"pin_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"product_tags/bulk_delete\":{\"path\":[\"pin_id\"],\"query\":[],\"required\":[\"pin_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"product_tags/list\":{\"path\":[\"pin_id\"],\"query\":[],\"required\":[\"pin_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"products_by_product_group_filter/list\":{\"path\":[],\"query\":[\"bookmark\",\"page_size\",\"ad_account_id\",\"pin_metrics\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":true},\"promotions/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"promotions/delete\":{\"path\":[\"promotion_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"promotion_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"promotions/get\":{\"path\":[\"promotion_id\",\"ad_account_id\"],\"query\":[],\"required\":[\"promotion_id\",\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"promotions/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"promotions/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"reports/create\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"reports/get\":{\"path\":[],\"query\":[\"ad_account_id\",\"token\"],\"required\":[\"token\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"reports/stats\":{\"path\":[],\"query\":[\"ad_account_id\",\"parameters\",\"bookmark\",\"page_size\"],\"required\":[\"parameters\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"respond_business_access_invites\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"sandbox/delete\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"schedules/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"schedules/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"schedule_statuses\",\"schedule_type\",\"entity_ids\"],\"required\":[\"ad_account_id\",\"entity_ids\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"schedules/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"search_partner_pins\":{\"path\":[],\"query\":[\"term\",\"country_code\",\"bookmark\",\"locale\",\"limit\"],\"required\":[\"term\",\"country_code\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"search_user_boards/get\":{\"path\":[],\"query\":[\"ad_account_id\",\"query\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"search_user_pins/list\":{\"path\":[],\"query\":[\"ad_account_id\",\"query\",\"bookmark\"],\"required\":[\"query\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"shared_audiences_for_business/list\":{\"path\":[\"business_id\"],\"query\":[\"order\",\"bookmark\",\"page_size\"],\"required\":[\"business_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ssio_accounts/get\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ssio_insertion_order/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ssio_insertion_order/edit\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"ssio_insertion_orders_status/get_by_ad_account\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"ssio_insertion_orders_status/get_by_pin_order_id\":{\"path\":[\"ad_account_id\",\"pin_order_id\"],\"query\":[],\"required\":[\"ad_account_id\",\"pin_order_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"ssio_order_lines/get_by_ad_account\":{\"path\":[\"ad_account_id\"],\"query\":[\"pin_order_id\",\"bookmark\",\"page_size\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"system_user/update\":{\"path\":[\"business_id\",\"system_user_id\"],\"query\":[],\"required\":[\"business_id\",\"system_user_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"targeting_options/get\":{\"path\":[\"targeting_type\"],\"query\":[\"ad_account_id\",\"client_id\",\"oauth_signature\",\"timestamp\"],\"required\":[\"targeting_type\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"targeting_template/create\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"targeting_template/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\",\"include_sizing\",\"search_query\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"targeting_template/update\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"templates/list\":{\"path\":[\"ad_account_id\"],\"query\":[\"bookmark\",\"page_size\",\"order\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"terms_of_service/get\":{\"path\":[\"ad_account_id\"],\"query\":[\"include_html\",\"tos_type\"],\"required\":[\"ad_account_id\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"terms_related/list\":{\"path\":[],\"query\":[\"terms\"],\"required\":[\"terms\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"terms_suggested/list\":{\"path\":[],\"query\":[\"term\",\"limit\"],\"required\":[\"term\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"token/revoke\":{\"path\":[],\"query\":[],\"required\":[],\"body\":\"form\",\"bodyRequired\":true,\"paged\":false},\"trending_keywords/list\":{\"path\":[\"region\",\"trend_type\"],\"query\":[\"interests\",\"genders\",\"ages\",\"include_keywords\",\"normalize_against_group\",\"limit\",\"include_demographics\"],\"required\":[\"region\",\"trend_type\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"trends_editorial_articles/list\":{\"path\":[],\"query\":[\"region\"],\"required\":[\"region\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"trends_featured_topics/list\":{\"path\":[],\"query\":[\"interest\",\"region\"],\"required\":[\"region\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"trends_product_categories_details/list\":{\"path\":[],\"query\":[\"product_categories\",\"region\",\"lookback_window\",\"engagement_type\"],\"required\":[\"product_categories\",\"region\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"trends_product_categories_trending/list\":{\"path\":[],\"query\":[\"region\",\"verticals\",\"ages\",\"genders\",\"engagement_type\"],\"required\":[\"region\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"unverify_website/delete\":{\"path\":[],\"query\":[\"website\"],\"required\":[\"website\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"update/business_memberships\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"update_ad_account_to_ad_account_shared_audience\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"update_ad_account_to_business_shared_audience\":{\"path\":[\"ad_account_id\"],\"query\":[],\"required\":[\"ad_account_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"update_business_to_ad_account_shared_audience\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"update_business_to_business_shared_audience\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"update_partner_asset_access_handler_impl\":{\"path\":[\"business_id\"],\"query\":[],\"required\":[\"business_id\"],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"user_account/analytics\":{\"path\":[],\"query\":[\"start_date\",\"end_date\",\"from_claimed_content\",\"pin_format\",\"app_types\",\"content_type\",\"source\",\"metric_types\",\"split_field\",\"ad_account_id\"],\"required\":[\"start_date\",\"end_date\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"user_account/analytics/top_pins\":{\"path\":[],\"query\":[\"start_date\",\"end_date\",\"sort_by\",\"from_claimed_content\",\"pin_format\",\"app_types\",\"content_type\",\"source\",\"metric_types\",\"num_of_pins\",\"created_in_last_n_days\",\"ad_account_id\"],\"required\":[\"start_date\",\"end_date\",\"sort_by\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"user_account/analytics/top_video_pins\":{\"path\":[],\"query\":[\"start_date\",\"end_date\",\"sort_by\",\"from_claimed_content\",\"pin_format\",\"app_types\",\"content_type\",\"source\",\"metric_types\",\"num_of_pins\",\"created_in_last_n_days\",\"ad_account_id\"],\"required\":[\"start_date\",\"end_date\",\"sort_by\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"user_account/followed_interests\":{\"path\":[\"username\"],\"query\":[\"bookmark\",\"page_size\"],\"required\":[\"username\"],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"user_account/get\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false},\"user_following/get\":{\"path\":[],\"query\":[\"ad_account_id\",\"explicit_following\",\"feed_type\",\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"user_websites/get\":{\"path\":[],\"query\":[\"bookmark\",\"page_size\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":true},\"verify_website/update\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"json\",\"bodyRequired\":true,\"paged\":false},\"website_verification/get\":{\"path\":[],\"query\":[\"ad_account_id\"],\"required\":[],\"body\":\"none\",\"bodyRequired\":false,\"paged\":false}}");
