// The WebM encoder for animations: WebCodecs' VideoEncoder (VP9, or VP8 where VP9 is missing) encodes each
// canvas frame as it comes, and mediabunny muxes the packets into WebM in memory: exactly one video frame per
// date, at the chosen frame rate, a key frame every two seconds.
import { BufferTarget, EncodedPacket, EncodedVideoPacketSource, Output, WebMOutputFormat } from 'mediabunny';
import type { FrameSink } from './animate';

/** The browser has no WebM video encoder (WebCodecs VP8/VP9). */
export class VideoUnsupportedError extends Error {
  override readonly name = 'VideoUnsupportedError';
}

const CODECS = [
  { webcodecs: 'vp09.00.10.08', muxer: 'vp9' },
  { webcodecs: 'vp8', muxer: 'vp8' },
] as const;

async function pickCodec(config: Omit<VideoEncoderConfig, 'codec'>) {
  if (typeof VideoEncoder === 'undefined')
    throw new VideoUnsupportedError('this browser has no WebCodecs video encoder; export a GIF instead');
  for (const c of CODECS) {
    const support = await VideoEncoder.isConfigSupported({ ...config, codec: c.webcodecs });
    if (support.supported) return c;
  }
  throw new VideoUnsupportedError('this browser encodes neither VP9 nor VP8; export a GIF instead');
}

/** Width and height must be even for the encoders' 4:2:0 colour planes. */
export async function webmSink(width: number, height: number, fps: number): Promise<FrameSink> {
  if (width % 2 || height % 2)
    throw new RangeError(`video frames must have even sides, not ${width}×${height}`);
  const config = { width, height, bitrate: 2_500_000, framerate: fps, latencyMode: 'quality' as const };
  const codec = await pickCodec(config);
  const target = new BufferTarget();
  const output = new Output({ format: new WebMOutputFormat(), target });
  const source = new EncodedVideoPacketSource(codec.muxer);
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();

  // Packets reach the muxer in the order the encoder emits them; a failure anywhere is kept and rethrown.
  let muxed: Promise<void> = Promise.resolve();
  let failure: unknown = null;
  const encoder = new VideoEncoder({
    output: (chunk, meta) => {
      muxed = muxed.then(() => source.add(EncodedPacket.fromEncodedChunk(chunk), meta));
    },
    error: (e) => {
      failure = e;
    },
  });
  encoder.configure({ ...config, codec: codec.webcodecs });
  const frameUs = 1e6 / fps;
  const keyEvery = Math.max(1, Math.round(fps * 2));
  const check = () => {
    if (failure) throw failure instanceof Error ? failure : new Error('the video encoder failed');
  };

  return {
    async add(canvas, index) {
      check();
      const frame = new VideoFrame(canvas, {
        timestamp: Math.round(index * frameUs),
        duration: Math.round(frameUs),
      });
      try {
        encoder.encode(frame, { keyFrame: index % keyEvery === 0 });
      } finally {
        frame.close();
      }
      // Back-pressure: never more than a couple of raw frames wait in the encoder.
      while (encoder.encodeQueueSize > 2) {
        await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
      }
    },
    async finish() {
      await encoder.flush();
      encoder.close();
      await muxed;
      check();
      source.close();
      await output.finalize();
      if (!target.buffer) throw new Error('the WebM muxer wrote nothing');
      return new Uint8Array(target.buffer);
    },
    cancel() {
      if (encoder.state !== 'closed') encoder.close();
      void output.cancel();
    },
  };
}
