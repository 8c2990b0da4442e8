// A video upload as the store keeps it, from registration to processed media.

export type MediaStatus = 'registered' | 'processing' | 'succeeded' | 'failed';

export interface MediaRecord {
  id: string;
  ownerId: string;
  mediaType: 'video';
  /** What the upload must send back as form fields, as a bucket policy would demand. */
  uploadParameters: Record<string, string>;
  uploaded: boolean;
  /** Status polls since the upload: the first reports processing, the next succeeded. */
  pollsSinceUpload: number;
}
