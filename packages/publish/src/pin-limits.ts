/** Pinterest's limits on a pin's text, in characters (v5 `PinCreate`). */
export const pinTextLimits = { title: 100, description: 800, link: 2048, alt_text: 500 } as const;

/** Images in one carousel pin, as Pinterest allows them. */
export const carouselImages = { min: 2, max: 5 } as const;

export interface PublishLimits {
  /** Largest local image sent as base64. Default 20 MiB, Pinterest's limit for an image. */
  maxImageBytes: number;
  /** Largest local video uploaded. Default 2 GiB, Pinterest's limit for a video. */
  maxVideoBytes: number;
  /** Largest plan file read. Default 64 MiB. */
  maxPlanBytes: number;
  /** Most rows in one plan. Default 100,000. */
  maxRows: number;
}

export const defaultLimits: PublishLimits = {
  maxImageBytes: 20 * 2 ** 20,
  maxVideoBytes: 2 * 2 ** 30,
  maxPlanBytes: 64 * 2 ** 20,
  maxRows: 100_000,
};
