// Evidence files in an S3-compatible bucket (AWS S3, Cloudflare R2, MinIO, Backblaze B2…), used
// when S3_BUCKET is set. An S3 PUT is atomic by itself: an object appears whole or not at all.
// Keys are checked like the local store's, so both stores accept exactly the same keys.
// No "server-only" here: scripts (the seed) store files too (see ./evidence.ts).
import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client, S3ServiceException } from "@aws-sdk/client-s3";
import { assertSafeKey, type FileStore, type StoredFile } from "./store";

export interface S3StoreOptions {
  bucket: string;
  /** e.g. https://<account>.r2.cloudflarestorage.com or http://127.0.0.1:9000. Unset: AWS. */
  endpoint?: string;
  region: string;
  /** Both unset: the AWS SDK's default credential chain. */
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
}

export class S3FileStore implements FileStore {
  readonly bucket: string;
  private readonly client: S3Client;

  constructor(options: S3StoreOptions) {
    this.bucket = options.bucket;
    this.client = new S3Client({
      region: options.region,
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      forcePathStyle: options.forcePathStyle,
      ...(options.accessKeyId && options.secretAccessKey
        ? { credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey } }
        : {}),
      // Since early 2025 the SDK adds CRC32 checksums to every upload and checks them on every
      // download by default; several S3-compatible services reject or omit those headers. So:
      // only where an operation requires them, as the SDK did before. (Each stored file's SHA-256
      // is recorded by acceptEvidence, for checking a file end to end.)
      requestChecksumCalculation: "WHEN_REQUIRED",
      responseChecksumValidation: "WHEN_REQUIRED",
    });
  }

  async put(key: string, bytes: Buffer, contentType: string): Promise<void> {
    assertSafeKey(key);
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: bytes, ContentType: contentType, ContentLength: bytes.length }),
    );
  }

  async get(key: string): Promise<StoredFile | null> {
    assertSafeKey(key);
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
      if (!object.Body) return null;
      const body = Buffer.from(await object.Body.transformToByteArray());
      return { body, contentType: object.ContentType ?? "application/octet-stream" };
    } catch (error) {
      if (error instanceof S3ServiceException && (error.name === "NoSuchKey" || error.$metadata.httpStatusCode === 404)) return null;
      throw error;
    }
  }

  async remove(key: string): Promise<void> {
    assertSafeKey(key);
    // S3's DELETE succeeds for a missing key too.
    await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: key }));
  }

  /** Closes the client's connection pool (tests, scripts). */
  destroy(): void {
    this.client.destroy();
  }
}
